package org.acd.core.engine;

/**
 * The handle times (talk plus the wrap-up owed after it) of a queue's last calls, for wait
 * estimates: O(1) to add one and to read their mean, no allocation. Engine thread only.
 */
final class RecentHandleTimes {

    /** How many recent calls the mean is taken over: enough to smooth one long call, few enough to follow a shift. */
    static final int KEPT = 20;

    private final long[] handleMs = new long[KEPT];
    private int count;
    private int next;
    private long sumMs;

    void add(long ms) {
        if (count == KEPT) {
            sumMs -= handleMs[next];
        } else {
            count++;
        }
        handleMs[next] = ms;
        sumMs += ms;
        next = (next + 1) % KEPT;
    }

    /** The mean of the kept handle times, -1 before the queue's first completed call. */
    long meanMs() {
        return count == 0 ? -1 : sumMs / count;
    }
}
