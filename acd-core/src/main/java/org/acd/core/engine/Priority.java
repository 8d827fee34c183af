package org.acd.core.engine;

/**
 * Effective priority with aging: {@code priority + agingPerMs * (now - entry)}. Within one queue
 * the aging rate is common, so ordering by {@code priority - agingPerMs * entry} (fixed for the
 * life of the call) gives the same order at every instant, and the waiting set never re-sorts as
 * time passes. Across queues the comparison adds {@code agingPerMs * now} and the queue's weight.
 * Times count from the engine's epoch (its first event), which keeps keys small and exact.
 */
final class Priority {

    /** Keys keep priority to a thousandth of a point. */
    private static final double KEY_SCALE = 1e3;

    private Priority() {
    }

    /** The heap key of a waiting call: smaller is served first. */
    static long waitingKey(int priority, long entrySinceEpochMs, RoutedQueue queue) {
        return -Math.round((priority - queue.agingPointsPerMs * entrySinceEpochMs) * KEY_SCALE);
    }

    static double effective(long waitingKey, RoutedQueue queue, long nowSinceEpochMs) {
        return -waitingKey / KEY_SCALE + queue.agingPointsPerMs * nowSinceEpochMs + queue.config.weight();
    }
}
