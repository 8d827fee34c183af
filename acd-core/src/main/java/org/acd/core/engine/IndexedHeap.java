package org.acd.core.engine;

import java.util.Arrays;

/**
 * A binary min-heap of {@link HeapNode}s that supports removal of any member. Peek is O(1); add,
 * poll and remove are O(log n). No allocation once the array has grown to its working size, which
 * is why the engine uses it instead of a {@code TreeSet}.
 */
final class IndexedHeap<T extends HeapNode> {

    private HeapNode[] nodes;
    private int size;

    IndexedHeap(int initialCapacity) {
        this.nodes = new HeapNode[Math.max(4, initialCapacity)];
    }

    int size() {
        return size;
    }

    boolean isEmpty() {
        return size == 0;
    }

    @SuppressWarnings("unchecked")
    T peek() {
        return size == 0 ? null : (T) nodes[0];
    }

    void add(T node) {
        if (node.inHeap()) {
            throw new IllegalStateException("node is already in a heap");
        }
        if (size == nodes.length) {
            nodes = Arrays.copyOf(nodes, size * 2);
        }
        nodes[size] = node;
        node.heapIndex = size;
        size++;
        siftUp(node.heapIndex);
    }

    T poll() {
        T head = peek();
        if (head != null) {
            remove(head);
        }
        return head;
    }

    /** Removes the node if it is in this heap; a node that is not is left alone. */
    void remove(T node) {
        int index = node.heapIndex;
        if (index == HeapNode.NOT_IN_HEAP || index >= size || nodes[index] != node) {
            return;
        }
        size--;
        HeapNode last = nodes[size];
        nodes[size] = null;
        node.heapIndex = HeapNode.NOT_IN_HEAP;
        if (index < size) {
            nodes[index] = last;
            last.heapIndex = index;
            siftDown(index);
            siftUp(last.heapIndex);
        }
    }

    private void siftUp(int index) {
        HeapNode node = nodes[index];
        while (index > 0) {
            int parent = (index - 1) >>> 1;
            HeapNode parentNode = nodes[parent];
            if (!node.precedes(parentNode)) {
                break;
            }
            nodes[index] = parentNode;
            parentNode.heapIndex = index;
            index = parent;
        }
        nodes[index] = node;
        node.heapIndex = index;
    }

    private void siftDown(int index) {
        HeapNode node = nodes[index];
        int half = size >>> 1;
        while (index < half) {
            int child = 2 * index + 1;
            int right = child + 1;
            if (right < size && nodes[right].precedes(nodes[child])) {
                child = right;
            }
            if (!nodes[child].precedes(node)) {
                break;
            }
            nodes[index] = nodes[child];
            nodes[index].heapIndex = index;
            index = child;
        }
        nodes[index] = node;
        node.heapIndex = index;
    }
}
