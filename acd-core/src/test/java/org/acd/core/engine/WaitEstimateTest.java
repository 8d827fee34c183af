package org.acd.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.acd.core.model.QueueConfig;
import org.acd.core.model.RoutingConfig;
import org.acd.core.testing.Configs;
import org.acd.core.testing.EngineScenario;
import org.acd.core.view.QueueView;
import org.junit.jupiter.api.Test;

/** The engine's wait estimate, as the IVR and announcements read it from a snapshot. */
final class WaitEstimateTest {

    /** Wrap-up 10 s; four agents; no aging, so positions follow arrival. */
    private static final RoutingConfig CONFIG = Configs.config(
            List.of(QueueConfig.builder("support").skill("support", 1).agingPointsPerSecond(0).wrapUpMs(10_000)
                    .build()),
            List.of(Configs.agent("a1", Map.of("support", 5)), Configs.agent("a2", Map.of("support", 5)),
                    Configs.agent("a3", Map.of("support", 5)), Configs.agent("a4", Map.of("billing", 5))));

    @Test
    void shouldNotEstimateBeforeAnyCallOfTheQueueCompleted() {
        EngineScenario scenario = new EngineScenario(CONFIG).at(0).login("a1");
        scenario.at(1_000).call(1, "support", "standard").call(2, "support", "standard");

        assertEquals(-1, scenario.callView(2).estimatedWaitMs());
        assertEquals(-1, scenario.snapshot().queue("support").orElseThrow().averageHandleMs());
    }

    @Test
    void shouldEstimateFromPositionAgentsServingAndRecentHandleTimes() {
        EngineScenario scenario = new EngineScenario(CONFIG).at(0).login("a1", "a2");
        scenario.at(1_000).call(1, "support", "standard").call(2, "support", "standard");
        scenario.at(2_000).answer("a1", 1).answer("a2", 2);
        scenario.at(52_000).agentHangsUp(1).agentHangsUp(2);
        scenario.at(62_000).tick();
        scenario.at(63_000).call(3, "support", "standard").call(4, "support", "standard");
        scenario.answer("a1", 3).answer("a2", 4);
        scenario.at(64_000).call(5, "support", "standard").call(6, "support", "standard").call(7, "support", "standard");

        QueueView support = scenario.snapshot().queue("support").orElseThrow();
        assertEquals(60_000, support.averageHandleMs());
        assertEquals(2, support.agentsBusy());
        assertEquals(0, support.agentsReady());
        assertEquals(1, scenario.callView(5).position());
        assertEquals(30_000, scenario.callView(5).estimatedWaitMs());
        assertEquals(3, scenario.callView(7).position());
        assertEquals(90_000, scenario.callView(7).estimatedWaitMs());
        assertEquals(120_000, support.estimatedWaitMs());
    }

    @Test
    void shouldCountAgentsInWrapUpAsServingAndReadyAgentsAsAvailable() {
        EngineScenario scenario = new EngineScenario(CONFIG).at(0).login("a1", "a2", "a3", "a4");
        scenario.at(1_000).call(1, "support", "standard").answer("a1", 1);
        scenario.at(31_000).agentHangsUp(1);

        QueueView support = scenario.snapshot().queue("support").orElseThrow();
        assertEquals(1, support.agentsInWrapUp());
        assertEquals(2, support.agentsReady());
        assertEquals(40_000, support.averageHandleMs());
        assertEquals(0, support.estimatedWaitMs());
        scenario.notReady("a2", "break").notReady("a3", "break");
        assertEquals(40_000, scenario.snapshot().queue("support").orElseThrow().estimatedWaitMs());
    }

    /** Calls 2 and 3 ring a1 and a2, call 4 waits: a caller joining now needs two agents to free up. */
    @Test
    void shouldPutAJoiningCallerBehindCallsAwaitingAnAgentButNotBehindRingingOnes() {
        EngineScenario scenario = new EngineScenario(CONFIG).at(0).login("a1");
        scenario.at(1_000).call(1, "support", "standard").answer("a1", 1);
        scenario.at(21_000).agentHangsUp(1);
        scenario.at(31_000).tick().login("a2");
        scenario.call(2, "support", "standard").call(3, "support", "standard").call(4, "support", "standard");

        assertEquals(scenario.snapshot().queue("support").orElseThrow().estimatedWaitMs(),
                scenario.estimatedWaitMs("support"));
        assertEquals(30_000, scenario.estimatedWaitMs("support"));
        assertEquals(-1, scenario.estimatedWaitMs("no-such-queue"));
    }

    @Test
    void shouldEstimateNothingWhenNoAgentServesTheQueue() {
        EngineScenario scenario = new EngineScenario(CONFIG).at(0).login("a1");
        scenario.at(1_000).call(1, "support", "standard").answer("a1", 1).agentHangsUp(1);
        scenario.notReady("a1", "lunch").at(20_000).call(2, "support", "standard");

        assertEquals(-1, scenario.callView(2).estimatedWaitMs());
    }
}
