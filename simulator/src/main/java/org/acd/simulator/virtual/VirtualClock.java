package org.acd.simulator.virtual;

/** The simulation's now, in virtual milliseconds; moved only by the event loop. Simulation thread only. */
final class VirtualClock {

    private long nowMs;

    long nowMs() {
        return nowMs;
    }

    void advanceTo(long timeMs) {
        nowMs = timeMs;
    }
}
