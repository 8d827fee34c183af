package org.acd.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Map;
import org.acd.core.model.QueueConfig;
import org.acd.core.model.QueueExit;
import org.acd.core.testing.Configs;
import org.acd.core.testing.EngineScenario;
import org.junit.jupiter.api.Test;

/** Behaviour 8: max wait, max queue length and no agents, each by the queue's configured exit. */
final class QueueExitTest {

    private static EngineScenario scenario(QueueConfig support) {
        QueueConfig overflow = QueueConfig.builder("overflow").skill("general", 1).build();
        return new EngineScenario(Configs.config(List.of(support, overflow),
                List.of(Configs.agent("a1", Map.of("support", 5)), Configs.agent("g1", Map.of("general", 5)))));
    }

    @Test
    void shouldTimeOutToVoicemailAfterTheMaxWait() {
        EngineScenario scenario = scenario(QueueConfig.builder("support").skill("support", 1).maxWaitMs(120_000)
                .onMaxWait(QueueExit.voicemail("support-vm")).build());
        scenario.at(1_000).call(1, "support");

        scenario.at(200_000).tick();

        assertEquals(List.of("exitQueue 1 VOICEMAIL support-vm"), scenario.newCommands());
        assertEquals(List.of("exited 1 support TIMED_OUT MAX_WAIT VOICEMAIL wait=120000"),
                scenario.outcomes().matching("exited"));
        assertEquals(List.of(), scenario.outcomes().matching("answered"));
        assertFalse(scenario.isLive(1));
    }

    @Test
    void shouldMoveToTheOverflowQueueAfterTheMaxWaitKeepingItsEntryTime() {
        EngineScenario scenario = scenario(QueueConfig.builder("support").skill("support", 1).maxWaitMs(60_000)
                .onMaxWait(QueueExit.toQueue("overflow")).build());
        scenario.at(1_000).call(1, "support");

        scenario.at(61_000).tick().login("g1");

        assertEquals(List.of("overflowed 1 support -> overflow MAX_WAIT"), scenario.outcomes().matching("overflowed"));
        assertEquals(List.of("offerCall 1 -> g1"), scenario.newCommands());
        assertEquals(1_000, scenario.callView(1).entryMs());
    }

    @Test
    void shouldSendCallsBeyondTheMaxQueueLengthToTheOverflowTreatment() {
        EngineScenario scenario = scenario(QueueConfig.builder("support").skill("support", 1).maxWaiting(2)
                .onFull(QueueExit.hangUp()).build());
        scenario.at(1_000).call(1, "support").call(2, "support");

        scenario.call(3, "support");

        assertEquals(List.of("exitQueue 3 HANGUP"), scenario.newCommands());
        assertEquals(List.of("exited 3 support OVERFLOWED QUEUE_FULL HANGUP wait=0"),
                scenario.outcomes().matching("exited"));
        assertEquals(2, scenario.snapshot().queues().get(0).waitingCalls());
    }

    @Test
    void shouldTakeTheNoAgentsTreatmentWhenNoEligibleAgentIsLoggedIn() {
        EngineScenario scenario = scenario(QueueConfig.builder("support").skill("support", 1)
                .whenNoAgents(QueueExit.toQueue("overflow")).build());
        scenario.at(0).login("g1").at(1_000).call(1, "support");

        assertEquals(List.of("overflowed 1 support -> overflow NO_AGENTS"), scenario.outcomes().matching("overflowed"));
        assertEquals(List.of("offerCall 1 -> g1"), scenario.newCommands());
    }

    @Test
    void shouldQueueNormallyWhenAnEligibleAgentIsLoggedInButBusy() {
        EngineScenario scenario = scenario(QueueConfig.builder("support").skill("support", 1)
                .whenNoAgents(QueueExit.hangUp()).build());
        scenario.at(0).login("a1").notReady("a1", "break");

        scenario.at(1_000).call(1, "support");

        assertEquals(List.of(), scenario.outcomes().matching("exited"));
        assertEquals(1, scenario.snapshot().queues().get(0).waitingCalls());
    }
}
