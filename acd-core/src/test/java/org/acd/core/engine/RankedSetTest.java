package org.acd.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

final class RankedSetTest {

    private static final class Node extends RankedNode {
        Node(long primary, long secondary, long tieBreak) {
            setKeys(primary, secondary, tieBreak);
        }
    }

    private static final Comparator<Node> ORDER = Comparator.<Node>comparingLong(node -> node.primaryKey)
            .thenComparingLong(node -> node.secondaryKey).thenComparingLong(node -> node.tieBreakKey);

    @Test
    void shouldKeepMembersInOrderWithRanksThroughRandomAddsAndRemovals() {
        Random random = new Random(11);
        RankedSet<Node> set = new RankedSet<>();
        List<Node> members = new ArrayList<>();
        for (int i = 0; i < 5_000; i++) {
            if (!members.isEmpty() && random.nextInt(3) == 0) {
                Node removed = members.remove(random.nextInt(members.size()));
                set.remove(removed);
                assertFalse(removed.member);
            } else {
                Node node = new Node(random.nextInt(50), random.nextInt(50), i);
                set.add(node);
                members.add(node);
            }
            members.sort(ORDER);
            assertEquals(members.isEmpty() ? null : members.get(0), set.first());
            assertEquals(members.size(), set.size());
        }

        for (int rank = 0; rank < members.size(); rank += 97) {
            assertEquals(rank, set.countPreceding(members.get(rank)));
        }
        List<Node> inOrder = new ArrayList<>();
        while (!set.isEmpty()) {
            inOrder.add(set.first());
            set.remove(set.first());
        }
        assertEquals(members, inOrder);
    }

    @Test
    void shouldKeepOrderAndRanksWhenTheFirstMemberIsTakenAgainAndAgain() {
        Random random = new Random(17);
        RankedSet<Node> set = new RankedSet<>();
        List<Node> members = new ArrayList<>();
        for (int i = 0; i < 5_000; i++) {
            if (!members.isEmpty() && random.nextInt(2) == 0) {
                set.remove(set.first());
                members.remove(0);
            } else {
                Node node = new Node(random.nextInt(50), random.nextInt(50), i);
                set.add(node);
                members.add(node);
                members.sort(ORDER);
            }
            assertEquals(members.isEmpty() ? null : members.get(0), set.first());
            assertEquals(members.size(), set.size());
            if (!members.isEmpty()) {
                int rank = random.nextInt(members.size());
                assertEquals(rank, set.countPreceding(members.get(rank)));
            }
        }
    }

    @Test
    void shouldCountMembersAheadOfAKeyThatIsNotAMember() {
        RankedSet<Node> set = new RankedSet<>();
        for (int i = 0; i < 100; i++) {
            set.add(new Node(i % 10, 0, i));
        }

        assertEquals(30, set.countPreceding(new Node(3, -1, 0)));
        assertEquals(0, set.countPreceding(new Node(-1, 0, 0)));
        assertEquals(100, set.countPreceding(new Node(10, 0, 0)));
    }

    @Test
    void shouldBeEmptyAfterRemovingEveryMember() {
        RankedSet<Node> set = new RankedSet<>();
        Node only = new Node(1, 0, 0);
        set.add(only);

        set.remove(only);
        set.remove(only);

        assertNull(set.first());
        assertEquals(0, set.size());
    }
}
