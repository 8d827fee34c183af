package org.acd.simulator.scenario;

/** A kind of call: {@code share} of the arrivals (shares add up to 1) enter {@code queue} as {@code tier}. */
public record CallType(String name, double share, String queue, String tier) {
}
