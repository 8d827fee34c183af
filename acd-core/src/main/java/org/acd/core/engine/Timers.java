package org.acd.core.engine;

/**
 * The engine's deadlines, in one heap ordered by due time and then by arming order, so that two
 * timers due at the same millisecond fire in the same order on every replay. O(log n) to arm,
 * cancel or fire.
 */
final class Timers {

    private final IndexedHeap<Timer> heap = new IndexedHeap<>(1024);
    private long armedCount;

    void arm(Timer timer, long dueMs) {
        heap.remove(timer);
        timer.setKeys(dueMs, ++armedCount, 0);
        heap.add(timer);
    }

    void cancel(Timer timer) {
        heap.remove(timer);
    }

    /** The next timer due at or before {@code nowMs}, removed from the heap; null when none is due. */
    Timer pollDue(long nowMs) {
        Timer next = heap.peek();
        if (next == null || next.dueMs() > nowMs) {
            return null;
        }
        heap.remove(next);
        return next;
    }

    /** When the earliest armed timer is due; {@link Long#MAX_VALUE} when none is armed. */
    long nextDueMs() {
        Timer next = heap.peek();
        return next == null ? Long.MAX_VALUE : next.dueMs();
    }

    long armedCount() {
        return armedCount;
    }

    int pending() {
        return heap.size();
    }
}
