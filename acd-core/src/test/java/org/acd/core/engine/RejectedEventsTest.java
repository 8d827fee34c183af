package org.acd.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.acd.core.testing.Configs;
import org.acd.core.testing.EngineScenario;
import org.acd.core.view.EngineSnapshot;
import org.junit.jupiter.api.Test;

/** Events that cannot apply are rejected with a reason that names what and where, and change nothing. */
final class RejectedEventsTest {

    @Test
    void shouldRejectEventsNamingWhatWasWrongAndKeepTheState() {
        EngineScenario scenario = new EngineScenario(Configs.supportQueue("a1"));
        scenario.at(0).login("a1").at(1_000).call(1, "support");
        EngineSnapshot before = scenario.snapshot();
        scenario.outcomes().clear();

        scenario.login("ghost").call(2, "nowhere").call(3, "support", "diamond").call(1, "support")
                .call(0, "support").answer("a1", 99).callerHangsUp(42).agentHangsUp(1).ready("ghost");
        scenario.events().agentLoggedIn(1_000, "a1");

        assertEquals(List.of(
                "rejected agentLoggedIn: unknown agent 'ghost'",
                "rejected callQueued(call 2): unknown queue 'nowhere'",
                "rejected callQueued(call 3): unknown tier 'diamond'",
                "rejected callQueued(call 1): the call is already queued",
                "rejected callQueued(call 0): call ids must be positive",
                "rejected agentAnswered: call 99 is not ringing agent 'a1' (answered too late); the agent's leg is hung up",
                "rejected callerHungUp: unknown call 42",
                "rejected agentHungUp: call 1 is not connected",
                "rejected agentReady: unknown agent 'ghost'",
                "rejected agentLoggedIn: agent 'a1' is already logged in"), scenario.outcomes().lines());
        EngineSnapshot after = scenario.snapshot();
        assertEquals(before.calls(), after.calls());
        assertEquals(before.agents(), after.agents());
        assertEquals(10, after.rejectedEvents());
    }
}
