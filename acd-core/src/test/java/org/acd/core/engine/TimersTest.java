package org.acd.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.acd.core.model.AgentConfig;
import org.junit.jupiter.api.Test;

final class TimersTest {

    /** Where a live timer sits in the model: due time, then arming order. */
    private record Deadline(long dueMs, long order) implements Comparable<Deadline> {
        @Override
        public int compareTo(Deadline other) {
            return dueMs != other.dueMs ? Long.compare(dueMs, other.dueMs) : Long.compare(order, other.order);
        }
    }

    private final Timers timers = new Timers();
    private final TreeMap<Deadline, Timer> expected = new TreeMap<>();
    private final Map<Timer, Deadline> deadlines = new HashMap<>();
    private long armings;

    @Test
    void shouldFireInDueThenArmingOrderThroughRandomArmingsAndCancels() {
        Random random = new Random(5);
        Timer[] owned = new Timer[3_000];
        for (int i = 0; i < owned.length; i++) {
            owned[i] = Timer.forAgent(new Agent(AgentConfig.of("agent-" + i, Map.of("sales", 5)), i));
        }
        long nowMs = 0;
        for (int step = 0; step < 100_000; step++) {
            Timer timer = owned[random.nextInt(owned.length)];
            int roll = random.nextInt(10);
            if (roll < 6) {
                arm(timer, nowMs + random.nextInt(500));
            } else if (roll < 8) {
                cancel(timer);
            } else {
                nowMs += random.nextInt(20);
                fireDue(nowMs);
            }
        }
        fireDue(Long.MAX_VALUE);
        assertNull(timers.pollDue(Long.MAX_VALUE));
    }

    @Test
    void shouldNotFireACancelledTimer() {
        Timer timer = Timer.forAgent(new Agent(AgentConfig.of("a1", Map.of("sales", 5)), 0));
        timers.arm(timer, 1_000);
        timers.cancel(timer);

        assertNull(timers.pollDue(2_000));
        assertFalse(timer.armed);
        assertEquals(Long.MIN_VALUE, timer.dueMsOrNone());
    }

    private void arm(Timer timer, long dueMs) {
        timers.arm(timer, dueMs);
        forget(timer);
        Deadline deadline = new Deadline(dueMs, ++armings);
        expected.put(deadline, timer);
        deadlines.put(timer, deadline);
    }

    private void cancel(Timer timer) {
        timers.cancel(timer);
        forget(timer);
    }

    private void forget(Timer timer) {
        Deadline deadline = deadlines.remove(timer);
        if (deadline != null) {
            expected.remove(deadline);
        }
    }

    private void fireDue(long nowMs) {
        while (!expected.isEmpty() && expected.firstKey().dueMs() <= nowMs) {
            Timer next = expected.pollFirstEntry().getValue();
            deadlines.remove(next);
            assertSame(next, timers.pollDue(nowMs));
            assertFalse(next.armed);
        }
        assertNull(timers.pollDue(nowMs));
    }
}
