package org.acd.core.engine;

/**
 * An element of an {@link IndexedHeap}. The node remembers its own slot so that removal from the
 * middle costs O(log n) and no search. A node belongs to at most one heap at a time.
 */
abstract class HeapNode extends OrderedNode {

    static final int NOT_IN_HEAP = -1;

    int heapIndex = NOT_IN_HEAP;

    final boolean inHeap() {
        return heapIndex != NOT_IN_HEAP;
    }
}
