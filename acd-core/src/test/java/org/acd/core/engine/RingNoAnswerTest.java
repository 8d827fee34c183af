package org.acd.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.acd.core.api.AgentState;
import org.acd.core.api.CallState;
import org.acd.core.model.QueueConfig;
import org.acd.core.testing.Configs;
import org.acd.core.testing.EngineScenario;
import org.junit.jupiter.api.Test;

/** Behaviour 5: ring-no-answer makes the agent not ready and gives the call, in its place, to the next agent. */
final class RingNoAnswerTest {

    private static EngineScenario scenario() {
        QueueConfig support = QueueConfig.builder("support").skill("support", 1).ringTimeoutMs(15_000).build();
        return new EngineScenario(Configs.config(List.of(support),
                List.of(Configs.agent("a1", java.util.Map.of("support", 5)),
                        Configs.agent("a2", java.util.Map.of("support", 5)))));
    }

    @Test
    void shouldSetTheAgentNotReadyWithReasonRonaAndOfferTheNextAgent() {
        EngineScenario scenario = scenario();
        scenario.at(0).login("a1").at(1_000).login("a2");
        scenario.at(2_000).call(1, "support");
        assertEquals(List.of("offerCall 1 -> a1"), scenario.newCommands());

        scenario.at(17_000).tick();

        assertEquals(List.of("cancelOffer 1 -> a1", "offerCall 1 -> a2"), scenario.newCommands());
        assertEquals(AgentState.NOT_READY, scenario.agent("a1").state());
        assertEquals("RONA", scenario.agent("a1").reason());
        assertEquals(1, scenario.agent("a1").ringNoAnswerCount());
    }

    @Test
    void shouldKeepTheCallsPlaceAheadOfLaterCalls() {
        EngineScenario scenario = scenario();
        scenario.at(0).login("a1");
        scenario.at(1_000).call(1, "support").at(2_000).call(2, "support");

        scenario.at(16_000).tick().at(20_000).login("a2");

        assertEquals(List.of("offerCall 1 -> a1", "cancelOffer 1 -> a1", "offerCall 1 -> a2"), scenario.newCommands());
        assertEquals(1_000, scenario.callView(1).entryMs());
    }

    @Test
    void shouldFireTheRingTimeoutAtItsDueTimeEvenWhenTheTickComesLate() {
        EngineScenario scenario = scenario();
        scenario.at(0).login("a1").call(1, "support");

        scenario.at(60_000).tick();

        assertEquals(List.of("rona 1 a1 ring=15000"), scenario.outcomes().matching("rona"));
        assertEquals(List.of("agent a1 NOT_READY(RONA)"), scenario.outcomes().matching("agent a1 NOT_READY"));
    }

    @Test
    void shouldHangUpAnAnswerThatArrivesAfterTheRingTimeout() {
        EngineScenario scenario = scenario();
        scenario.at(0).login("a1", "a2").call(1, "support");
        scenario.at(15_000).tick();
        scenario.newCommands();

        scenario.at(15_100).answer("a1", 1);

        assertEquals(List.of("cancelOffer 1 -> a1"), scenario.newCommands());
        assertEquals(CallState.OFFERED, scenario.callView(1).state());
        assertEquals("a2", scenario.callView(1).agentId());
    }

    @Test
    void shouldTreatAFailedOfferLikeANoAnswerWithItsOwnReason() {
        EngineScenario scenario = scenario();
        scenario.at(0).login("a1").at(1_000).login("a2").at(2_000).call(1, "support");
        scenario.newCommands();

        scenario.events().offerFailed(2_050, "a1", 1);

        assertEquals(List.of("offerCall 1 -> a2"), scenario.newCommands());
        assertEquals("OFFER_FAILED", scenario.agent("a1").reason());
    }

    @Test
    void shouldLetTheAgentComeBackFromRonaWhenReady() {
        EngineScenario scenario = scenario();
        scenario.at(0).login("a1").call(1, "support").at(15_000).tick();
        scenario.newCommands();

        scenario.at(20_000).ready("a1");

        assertEquals(List.of("offerCall 1 -> a1"), scenario.newCommands());
    }
}
