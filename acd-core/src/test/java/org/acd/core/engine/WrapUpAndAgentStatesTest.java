package org.acd.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.acd.core.api.AgentState;
import org.acd.core.model.AgentConfig;
import org.acd.core.model.QueueConfig;
import org.acd.core.testing.Configs;
import org.acd.core.testing.EngineScenario;
import org.junit.jupiter.api.Test;

/** Behaviour 7: wrap-up after each call, not-ready with reasons, and the agent's way back to ready. */
final class WrapUpAndAgentStatesTest {

    private static EngineScenario scenario() {
        QueueConfig support = QueueConfig.builder("support").skill("support", 1).wrapUpMs(30_000).build();
        return new EngineScenario(Configs.config(List.of(support),
                List.of(Configs.agent("a1", Map.of("support", 5)),
                        new AgentConfig("a2", "Agent Two", "PJSIP/a2", Map.of("support", 5), 5_000))));
    }

    @Test
    void shouldWrapUpForTheQueuesTimeThenBeReady() {
        EngineScenario scenario = scenario();
        scenario.at(0).login("a1").call(1, "support").answer("a1", 1).at(10_000).agentHangsUp(1);
        scenario.at(11_000).call(2, "support");

        assertEquals(AgentState.WRAP_UP, scenario.agent("a1").state());
        assertEquals(40_000, scenario.agent("a1").wrapUpEndsMs());
        scenario.newCommands();
        scenario.at(40_000).tick();

        assertEquals(List.of("offerCall 2 -> a1"), scenario.newCommands());
    }

    @Test
    void shouldUseTheAgentsOwnWrapUpTimeWhenConfigured() {
        EngineScenario scenario = scenario();
        scenario.at(0).login("a2").call(1, "support").answer("a2", 1).at(10_000).callerHangsUp(1);

        scenario.at(15_000).tick();

        assertEquals(AgentState.READY, scenario.agent("a2").state());
    }

    @Test
    void shouldEndWrapUpEarlyWhenTheAgentAsksToBeReady() {
        EngineScenario scenario = scenario();
        scenario.at(0).login("a1").call(1, "support").answer("a1", 1).at(10_000).agentHangsUp(1);

        scenario.at(12_000).ready("a1");

        assertEquals(AgentState.READY, scenario.agent("a1").state());
        assertEquals(12_000, scenario.agent("a1").handleMsSinceLogin());
    }

    @Test
    void shouldApplyANotReadyAskedDuringTheCallWhenWrapUpEnds() {
        EngineScenario scenario = scenario();
        scenario.at(0).login("a1").call(1, "support").answer("a1", 1);

        scenario.at(5_000).notReady("a1", "coaching").at(10_000).agentHangsUp(1).at(40_000).tick();

        assertEquals(AgentState.NOT_READY, scenario.agent("a1").state());
        assertEquals("coaching", scenario.agent("a1").reason());
    }

    @Test
    void shouldGoNotReadyWithItsReasonAndTakeNoCalls() {
        EngineScenario scenario = scenario();
        scenario.at(0).login("a1").notReady("a1", "lunch");

        scenario.at(1_000).call(1, "support");

        assertEquals(List.of(), scenario.newCommands());
        assertEquals("lunch", scenario.agent("a1").reason());
    }

    @Test
    void shouldReturnARingingCallToItsPlaceWhenTheAgentGoesNotReady() {
        EngineScenario scenario = scenario();
        scenario.at(0).login("a1").at(1_000).call(1, "support");
        scenario.newCommands();

        scenario.at(2_000).notReady("a1", "break").at(3_000).login("a2");

        assertEquals(List.of("cancelOffer 1 -> a1", "offerCall 1 -> a2"), scenario.newCommands());
    }

    @Test
    void shouldLogOutAfterTheCallWhenAskedDuringIt() {
        EngineScenario scenario = scenario();
        scenario.at(0).login("a1").call(1, "support").answer("a1", 1);

        scenario.at(5_000).events().agentLoggedOut(5_000, "a1");
        assertEquals(AgentState.ON_CALL, scenario.agent("a1").state());
        scenario.at(6_000).agentHangsUp(1);

        assertEquals(AgentState.LOGGED_OUT, scenario.agent("a1").state());
    }

    @Test
    void shouldNotOfferCallsToAnAgentWhosePhoneIsUnreachable() {
        EngineScenario scenario = scenario();
        scenario.at(0).login("a1");
        scenario.events().agentDeviceChanged(500, "a1", false);

        scenario.at(1_000).call(1, "support");
        assertEquals(List.of(), scenario.newCommands());
        scenario.events().agentDeviceChanged(2_000, "a1", true);

        assertEquals(List.of("offerCall 1 -> a1"), scenario.newCommands());
    }
}
