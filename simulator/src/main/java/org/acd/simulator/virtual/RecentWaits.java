package org.acd.simulator.virtual;

/** The last waits of a queue in a ring, with their running sum: O(1) to add and to average. Simulation thread only. */
final class RecentWaits {

    private final long[] waitsMs;
    private int count;
    private int next;
    private long sumMs;

    RecentWaits(int kept) {
        this.waitsMs = new long[kept];
    }

    void add(long waitMs) {
        if (count == waitsMs.length) {
            sumMs -= waitsMs[next];
        } else {
            count++;
        }
        waitsMs[next] = waitMs;
        sumMs += waitMs;
        next = (next + 1) % waitsMs.length;
    }

    /** The mean of the kept waits, -1 before the first. */
    long meanMs() {
        return count == 0 ? -1 : sumMs / count;
    }
}
