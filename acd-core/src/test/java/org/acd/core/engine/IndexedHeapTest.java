package org.acd.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

final class IndexedHeapTest {

    private static final class Node extends HeapNode {
        Node(long primary, long secondary, long tieBreak) {
            setKeys(primary, secondary, tieBreak);
        }
    }

    private static final Comparator<Node> ORDER = Comparator.<Node>comparingLong(node -> node.primaryKey)
            .thenComparingLong(node -> node.secondaryKey).thenComparingLong(node -> node.tieBreakKey);

    @Test
    void shouldPollInKeyOrderAfterRandomAddsAndRemovals() {
        Random random = new Random(7);
        IndexedHeap<Node> heap = new IndexedHeap<>(4);
        List<Node> members = new ArrayList<>();
        for (int i = 0; i < 5_000; i++) {
            if (!members.isEmpty() && random.nextInt(3) == 0) {
                Node removed = members.remove(random.nextInt(members.size()));
                heap.remove(removed);
                assertFalse(removed.inHeap());
            } else {
                Node node = new Node(random.nextInt(50), random.nextInt(50), i);
                heap.add(node);
                members.add(node);
            }
        }
        members.sort(ORDER);

        List<Node> polled = new ArrayList<>();
        while (!heap.isEmpty()) {
            polled.add(heap.poll());
        }

        assertEquals(members, polled);
    }

    @Test
    void shouldIgnoreRemovalOfANodeThatIsNotInTheHeap() {
        IndexedHeap<Node> heap = new IndexedHeap<>(4);
        Node member = new Node(1, 0, 0);
        heap.add(member);

        heap.remove(new Node(1, 0, 0));

        assertEquals(1, heap.size());
        assertEquals(member, heap.peek());
    }
}
