package org.acd.server.demo;

import java.util.Random;

/** The two distributions the demo draws from; the caller's thread owns the random source. */
final class Randomness {

    private Randomness() {
    }

    /** Exponentially distributed, as waits between Poisson arrivals and callers' patience are. */
    static long exponentialMs(Random random, double meanMs) {
        return Math.round(-meanMs * Math.log(1 - random.nextDouble()));
    }

    /** Uniform in {@code [minMs, maxMs]}. */
    static long uniformMs(Random random, long minMs, long maxMs) {
        return minMs + (long) (random.nextDouble() * (maxMs - minMs + 1));
    }
}
