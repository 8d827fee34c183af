package org.acd.core.engine;

/**
 * An element of an {@link IndexedHeap}, ordered by three keys compared in turn, smallest first.
 * The node remembers its own slot so that removal from the middle costs O(log n) and no search.
 * A node belongs to at most one heap at a time.
 */
abstract class HeapNode {

    static final int NOT_IN_HEAP = -1;

    long primaryKey;
    long secondaryKey;
    long tieBreakKey;
    int heapIndex = NOT_IN_HEAP;

    final boolean inHeap() {
        return heapIndex != NOT_IN_HEAP;
    }

    final boolean precedes(HeapNode other) {
        if (primaryKey != other.primaryKey) {
            return primaryKey < other.primaryKey;
        }
        if (secondaryKey != other.secondaryKey) {
            return secondaryKey < other.secondaryKey;
        }
        return tieBreakKey < other.tieBreakKey;
    }

    final void setKeys(long primary, long secondary, long tieBreak) {
        this.primaryKey = primary;
        this.secondaryKey = secondary;
        this.tieBreakKey = tieBreak;
    }
}
