package org.acd.core.engine;

/**
 * The ready agents of a bucket who arrived out of order: a four-ary min-heap (four children of a
 * node lie side by side, so a level costs a cache line or two). Adding costs O(log n), dropping a
 * stale head O(log n), compaction, when the array is full, O(n) at most once per n/2 additions.
 * Engine thread only.
 */
final class ReadyHeap extends ReadyEntries {

    private static final int ARITY = 4;

    private int size;

    void add(Agent agent, long primaryKey) {
        if (size == capacity()) {
            makeRoom();
        }
        int slot = size++;
        while (slot > 0) {
            int parent = (slot - 1) / ARITY;
            if (!precedes(primaryKey, agent, parent)) {
                break;
            }
            move(parent, slot);
            slot = parent;
        }
        set(slot, primaryKey, agent);
    }

    /** The slot of the best live entry (always 0), dropping stale heads; -1 when there is none. */
    int headSlot() {
        while (size > 0) {
            if (isLive(0)) {
                return 0;
            }
            removeHead();
        }
        return -1;
    }

    int liveCount() {
        return countLive(0, size);
    }

    private void removeHead() {
        int last = --size;
        if (last > 0) {
            move(last, 0);
            siftDown(0);
        } else {
            clear(0);
        }
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
        clear(scratch);
    }

    /** Full: drops every stale entry, grows when more than half are live, and rebuilds the heap. */
    private void makeRoom() {
        size = keepLive(0, size);
        growIfCrowded(size);
        for (int slot = (size + ARITY - 2) / ARITY - 1; slot >= 0; slot--) {
            siftDown(slot);
        }
    }
}
