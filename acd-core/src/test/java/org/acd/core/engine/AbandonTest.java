package org.acd.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.acd.core.api.AgentState;
import org.acd.core.testing.Configs;
import org.acd.core.testing.EngineScenario;
import org.junit.jupiter.api.Test;

/** Behaviour 6: a caller who hangs up before an agent answers is an abandon, with wait and position. */
final class AbandonTest {

    @Test
    void shouldRecordAnAbandonWhileQueuedWithWaitAndPosition() {
        EngineScenario scenario = new EngineScenario(Configs.supportQueue("a1"));
        scenario.at(1_000).call(1, "support").at(2_000).call(2, "support").at(3_000).call(3, "support");

        scenario.at(9_500).callerHangsUp(2);

        assertEquals(List.of("abandoned 2 support wait=7500 pos=2 ringing=false"),
                scenario.outcomes().matching("abandoned"));
        assertFalse(scenario.isLive(2));
        assertEquals(2, scenario.snapshot().queues().get(0).waitingCalls());
    }

    @Test
    void shouldCountPositionByPriorityNotArrival() {
        EngineScenario scenario = new EngineScenario(Configs.supportQueue("a1"));
        scenario.at(1_000).call(1, "support", "standard").at(2_000).call(2, "support", "platinum");

        scenario.at(3_000).callerHangsUp(1);

        assertEquals(List.of("abandoned 1 support wait=2000 pos=2 ringing=false"),
                scenario.outcomes().matching("abandoned"));
        assertEquals(List.of("entered 1 support tier=standard pos=1", "entered 2 support tier=platinum pos=1"),
                scenario.outcomes().matching("entered"));
    }

    @Test
    void shouldStopTheRingingAndFreeTheAgentWhenTheCallerHangsUpWhileRinging() {
        EngineScenario scenario = new EngineScenario(Configs.supportQueue("a1"));
        scenario.at(0).login("a1").at(1_000).call(1, "support");
        scenario.newCommands();

        scenario.at(4_000).callerHangsUp(1);

        assertEquals(List.of("cancelOffer 1 -> a1"), scenario.newCommands());
        assertEquals(List.of("abandoned 1 support wait=3000 pos=1 ringing=true"),
                scenario.outcomes().matching("abandoned"));
        assertEquals(AgentState.READY, scenario.agent("a1").state());
    }

    @Test
    void shouldOfferTheNextWaitingCallToTheAgentFreedByAnAbandon() {
        EngineScenario scenario = new EngineScenario(Configs.supportQueue("a1"));
        scenario.at(0).login("a1").at(1_000).call(1, "support").at(2_000).call(2, "support");
        scenario.newCommands();

        scenario.at(3_000).callerHangsUp(1);

        assertEquals(List.of("cancelOffer 1 -> a1", "offerCall 2 -> a1"), scenario.newCommands());
    }

    @Test
    void shouldCompleteAConnectedCallWhenTheCallerHangsUpNotAbandonIt() {
        EngineScenario scenario = new EngineScenario(Configs.supportQueue("a1"));
        scenario.at(0).login("a1").at(1_000).call(1, "support").at(2_000).answer("a1", 1);

        scenario.at(62_000).callerHangsUp(1);

        assertEquals(List.of(), scenario.outcomes().matching("abandoned"));
        assertEquals(List.of("completed 1 by a1 talk=60000 endedBy=CALLER"), scenario.outcomes().matching("completed"));
    }
}
