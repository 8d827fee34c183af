package org.acd.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Map;
import org.acd.core.api.AgentState;
import org.acd.core.api.ExitAction;
import org.acd.core.model.QueueConfig;
import org.acd.core.model.RoutingConfig;
import org.acd.core.testing.Configs;
import org.acd.core.testing.EngineScenario;
import org.junit.jupiter.api.Test;

/** A supervisor's actions on waiting calls: move, change priority, send out. */
final class SupervisorCallActionsTest {

    /** {@code sales} is full at one call; a1 serves support, a2 sales. */
    private static final RoutingConfig CONFIG = Configs.config(
            List.of(QueueConfig.builder("support").skill("support", 1).agingPointsPerSecond(0).build(),
                    QueueConfig.builder("sales").skill("sales", 1).agingPointsPerSecond(0).maxWaiting(1).build()),
            List.of(Configs.agent("a1", Map.of("support", 5)), Configs.agent("a2", Map.of("sales", 5))));

    @Test
    void shouldMoveAWaitingCallKeepingItsEntryTimeEvenIntoAFullQueue() {
        EngineScenario scenario = new EngineScenario(CONFIG);
        scenario.at(1_000).call(1, "sales", "standard").at(2_000).call(2, "support", "standard");

        scenario.at(5_000).moveCall(2, "sales");

        assertEquals("sales", scenario.callView(2).queueId());
        assertEquals(2_000, scenario.callView(2).entryMs());
        assertEquals(List.of("overflowed 2 support -> sales SUPERVISOR"), scenario.outcomes().matching("overflowed"));
        scenario.at(6_000).login("a2");
        assertEquals(List.of("offerCall 1 -> a2"), scenario.newCommands());
    }

    @Test
    void shouldStopTheRingingAndFreeTheAgentWhenARingingCallIsMoved() {
        EngineScenario scenario = new EngineScenario(CONFIG).at(0).login("a1", "a2");
        scenario.at(1_000).call(1, "support", "standard");
        scenario.newCommands();

        scenario.at(2_000).moveCall(1, "sales");

        assertEquals(List.of("cancelOffer 1 -> a1", "offerCall 1 -> a2"), scenario.newCommands());
        assertEquals(AgentState.READY, scenario.agent("a1").state());
    }

    @Test
    void shouldServeACallWhosePriorityWasRaisedFirst() {
        EngineScenario scenario = new EngineScenario(CONFIG);
        scenario.at(1_000).call(1, "support", "standard").call(2, "support", "standard");

        scenario.at(2_000).changePriority(2, 80).login("a1");

        assertEquals(List.of("offerCall 2 -> a1"), scenario.newCommands());
    }

    @Test
    void shouldSendAWaitingCallOutToVoicemail() {
        EngineScenario scenario = new EngineScenario(CONFIG);
        scenario.at(1_000).call(1, "support", "standard");

        scenario.at(4_000).sendOut(1, ExitAction.VOICEMAIL, "vm-support");

        assertEquals(List.of("exitQueue 1 VOICEMAIL vm-support"), scenario.newCommands());
        assertEquals(List.of("exited 1 support OVERFLOWED SUPERVISOR VOICEMAIL wait=3000"),
                scenario.outcomes().matching("exited"));
        assertFalse(scenario.isLive(1));
    }

    @Test
    void shouldSendOutACallbackThatWaits() {
        EngineScenario scenario = new EngineScenario(CONFIG);
        scenario.at(1_000).call(1, "support", "standard").callbackRequested(1);

        scenario.at(4_000).sendOut(1, ExitAction.HANGUP, "");

        assertFalse(scenario.isLive(1));
    }

    @Test
    void shouldRejectActionsOnCallsNotWaitingOrMovesThatGoNowhere() {
        EngineScenario scenario = new EngineScenario(CONFIG).at(0).login("a1");
        scenario.at(1_000).call(1, "support", "standard").answer("a1", 1).call(2, "support", "standard");

        scenario.at(2_000).moveCall(1, "sales").changePriority(9, 5).moveCall(2, "support").moveCall(2, "nowhere")
                .sendOut(2, ExitAction.QUEUE, "sales");

        assertEquals(List.of("rejected callMoved: call 1 is CONNECTED, not waiting",
                "rejected callPriorityChanged: unknown call 9", "rejected callMoved: call 2 is in support already",
                "rejected callMoved: unknown queue 'nowhere'",
                "rejected callSentOut: call 2 needs voicemail, transfer, callback or hangup (a move is callMoved)"),
                scenario.outcomes().matching("rejected"));
    }
}
