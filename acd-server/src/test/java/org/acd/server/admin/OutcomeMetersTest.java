package org.acd.server.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.acd.core.api.CallState;
import org.acd.core.api.ExitAction;
import org.acd.core.api.ExitReason;
import org.junit.jupiter.api.Test;

final class OutcomeMetersTest {

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final OutcomeMeters meters = new OutcomeMeters(registry);

    @Test
    void shouldCountOfferedAnsweredAndAbandonedPerQueueAndTier() {
        meters.callEnteredQueue(0, 1, "orders", "gold", 1);
        meters.callEnteredQueue(0, 2, "orders", "standard", 2);
        meters.callEnteredQueue(0, 3, "orders", "standard", 3);
        meters.callAnswered(10, 1, "orders", "a1", 10);
        meters.callAbandoned(20, 2, "orders", 20, 1, false);

        assertEquals(1, count("acd.calls.offered", "orders", "gold"));
        assertEquals(2, count("acd.calls.offered", "orders", "standard"));
        assertEquals(1, count("acd.calls.answered", "orders", "gold"));
        assertEquals(1, count("acd.calls.abandoned", "orders", "standard"));
    }

    @Test
    void shouldCountAnOverflowedCallOfferedInBothQueuesAndAnsweredInTheLast() {
        meters.callEnteredQueue(0, 5, "returns", "platinum", 1);
        meters.callOverflowed(10_000, 5, "returns", "orders", ExitReason.MAX_WAIT);
        meters.callEnteredQueue(10_000, 5, "orders", "platinum", 1);
        meters.callAnswered(12_000, 5, "orders", "a2", 12_000);

        assertEquals(1, count("acd.calls.offered", "returns", "platinum"));
        assertEquals(1, count("acd.calls.offered", "orders", "platinum"));
        assertEquals(1, count("acd.calls.answered", "orders", "platinum"));
    }

    @Test
    void shouldCountCallsThatLeftWithoutAnAgentByFinalState() {
        meters.callEnteredQueue(0, 9, "billing", "standard", 1);
        meters.callExited(30_000, 9, "billing", 30_000, CallState.TIMED_OUT, ExitReason.MAX_WAIT,
                ExitAction.VOICEMAIL, "billing-vm");

        assertEquals(1, registry.get("acd.calls.exited").tags("queue", "billing", "tier", "standard",
                "final_state", "TIMED_OUT").counter().count());
    }

    private double count(String name, String queue, String tier) {
        return registry.get(name).tags("queue", queue, "tier", tier).counter().count();
    }
}
