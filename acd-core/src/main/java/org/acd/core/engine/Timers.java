package org.acd.core.engine;

import java.util.Arrays;

/**
 * The engine's deadlines, ordered by due time and then by arming order, so that two timers due at
 * the same millisecond fire in the same order on every replay. A four-ary min-heap in a packed
 * array (due time, arming order, generation: three longs an entry), with lazy cancellation: a
 * cancelled or re-armed timer leaves a stale entry behind, dropped when it reaches the head or when
 * the array fills up. Most ring timeouts are cancelled by an answer, so cancelling is the common
 * case and costs O(1); arming O(1) when the new deadline is the latest (ring timeouts and
 * wrap-ups of one length), O(log n) at worst; firing or dropping a head O(log n); compaction O(n)
 * at most once per n/2 armings. Engine thread only.
 */
final class Timers {

    private static final int ARITY = 4;
    private static final int STRIDE = 3;
    private static final int DUE = 0;
    private static final int ORDER = 1;
    private static final int GENERATION = 2;
    private static final int INITIAL_CAPACITY = 1024;

    private long[] entries = new long[INITIAL_CAPACITY * STRIDE];
    private Timer[] timers = new Timer[INITIAL_CAPACITY];
    private int size;
    private long armedCount;

    void arm(Timer timer, long dueMs) {
        timer.generation++;
        timer.armed = true;
        timer.dueMs = dueMs;
        if (size == timers.length) {
            makeRoom();
        }
        long order = ++armedCount;
        int slot = size++;
        while (slot > 0) {
            int parent = (slot - 1) / ARITY;
            int at = parent * STRIDE;
            if (entries[at + DUE] < dueMs || entries[at + DUE] == dueMs && entries[at + ORDER] < order) {
                break;
            }
            move(parent, slot);
            slot = parent;
        }
        set(slot, dueMs, order, timer);
    }

    /** O(1): the timer's entry goes stale. */
    void cancel(Timer timer) {
        if (timer.armed) {
            timer.armed = false;
            timer.generation++;
        }
    }

    /** The next timer due at or before {@code nowMs}, disarmed; null when none is due. */
    Timer pollDue(long nowMs) {
        while (size > 0) {
            Timer head = timers[0];
            boolean live = entries[GENERATION] == head.generation;
            if (live && entries[DUE] > nowMs) {
                return null;
            }
            removeHead();
            if (live) {
                cancel(head);
                return head;
            }
        }
        return null;
    }

    /** When the earliest armed timer is due; {@link Long#MAX_VALUE} when none is armed. Drops stale heads on the way. */
    long nextDueMs() {
        while (size > 0) {
            if (entries[GENERATION] == timers[0].generation) {
                return entries[DUE];
            }
            removeHead();
        }
        return Long.MAX_VALUE;
    }

    long armedCount() {
        return armedCount;
    }

    private void removeHead() {
        int last = --size;
        if (last > 0) {
            move(last, 0);
            siftDown(0);
        }
        timers[last] = null;
    }

    /** Moves the entry at {@code slot} down to its place; the free slot at {@code size} is scratch. */
    private void siftDown(int slot) {
        int scratch = size;
        move(slot, scratch);
        int withChildren = (size + ARITY - 2) / ARITY;
        while (slot < withChildren) {
            int child = ARITY * slot + 1;
            int end = Math.min(child + ARITY, size);
            for (int sibling = child + 1; sibling < end; sibling++) {
                if (precedes(sibling, child)) {
                    child = sibling;
                }
            }
            if (!precedes(child, scratch)) {
                break;
            }
            move(child, slot);
            slot = child;
        }
        move(scratch, slot);
        timers[scratch] = null;
    }

    /** Full: drops every stale entry, grows when more than half are live, and rebuilds the heap. */
    private void makeRoom() {
        int live = 0;
        for (int slot = 0; slot < size; slot++) {
            if (entries[slot * STRIDE + GENERATION] == timers[slot].generation) {
                move(slot, live++);
            }
        }
        Arrays.fill(timers, live, size, null);
        size = live;
        if (2 * live > timers.length) {
            entries = Arrays.copyOf(entries, entries.length * 2);
            timers = Arrays.copyOf(timers, timers.length * 2);
        }
        for (int slot = (size + ARITY - 2) / ARITY - 1; slot >= 0; slot--) {
            siftDown(slot);
        }
    }

    private boolean precedes(int a, int b) {
        int atA = a * STRIDE;
        int atB = b * STRIDE;
        if (entries[atA + DUE] != entries[atB + DUE]) {
            return entries[atA + DUE] < entries[atB + DUE];
        }
        return entries[atA + ORDER] < entries[atB + ORDER];
    }

    private void set(int slot, long dueMs, long order, Timer timer) {
        int at = slot * STRIDE;
        entries[at + DUE] = dueMs;
        entries[at + ORDER] = order;
        entries[at + GENERATION] = timer.generation;
        timers[slot] = timer;
    }

    private void move(int from, int to) {
        System.arraycopy(entries, from * STRIDE, entries, to * STRIDE, STRIDE);
        timers[to] = timers[from];
    }
}
