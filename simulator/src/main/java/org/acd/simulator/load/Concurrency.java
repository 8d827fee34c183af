package org.acd.simulator.load;

/** The maximum and the mean of a sampled count (live calls, open sessions). */
public record Concurrency(long max, double mean) {
}
