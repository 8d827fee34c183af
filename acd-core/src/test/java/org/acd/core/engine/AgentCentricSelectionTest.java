package org.acd.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.acd.core.model.QueueConfig;
import org.acd.core.testing.Configs;
import org.acd.core.testing.EngineScenario;
import org.junit.jupiter.api.Test;

/** Behaviour 2: an agent who becomes ready gets the best waiting call across all the queues it serves. */
final class AgentCentricSelectionTest {

    private static EngineScenario twoQueues(int billingWeight) {
        QueueConfig support = QueueConfig.builder("support").skill("support", 1).agingPointsPerSecond(1).build();
        QueueConfig billing = QueueConfig.builder("billing").skill("billing", 1).agingPointsPerSecond(1)
                .weight(billingWeight).build();
        return new EngineScenario(Configs.config(List.of(support, billing),
                List.of(Configs.agent("both", Map.of("support", 5, "billing", 5)),
                        Configs.agent("supportOnly", Map.of("support", 5)))));
    }

    @Test
    void shouldGiveTheOldestCallAcrossQueuesWhenPrioritiesAreEqual() {
        EngineScenario scenario = twoQueues(0);
        scenario.at(1_000).call(1, "support").at(2_000).call(2, "billing");

        scenario.at(3_000).login("both");

        assertEquals(List.of("offerCall 1 -> both"), scenario.newCommands());
    }

    @Test
    void shouldGiveTheHigherPriorityCallBeforeAnOlderOneInAnotherQueue() {
        EngineScenario scenario = twoQueues(0);
        scenario.at(1_000).call(1, "support", "standard").at(2_000).call(2, "billing", "gold");

        scenario.at(3_000).login("both");

        assertEquals(List.of("offerCall 2 -> both"), scenario.newCommands());
    }

    @Test
    void shouldLetQueueWeightOutrankAShortWaitAdvantage() {
        EngineScenario scenario = twoQueues(10);
        scenario.at(1_000).call(1, "support").at(6_000).call(2, "billing");

        scenario.at(7_000).login("both");

        assertEquals(List.of("offerCall 2 -> both"), scenario.newCommands());
    }

    @Test
    void shouldServeTheNextBestCallWhenTheAgentFinishesACall() {
        EngineScenario scenario = twoQueues(0);
        scenario.at(0).login("both");
        scenario.at(1_000).call(1, "support").answer("both", 1);
        scenario.at(2_000).call(2, "support").at(3_000).call(3, "billing", "gold");
        scenario.newCommands();

        scenario.at(4_000).agentHangsUp(1);

        assertEquals(List.of("offerCall 3 -> both"), scenario.newCommands());
    }

    @Test
    void shouldLeaveACallWaitingWhenTheReadyAgentLacksItsSkill() {
        EngineScenario scenario = twoQueues(0);
        scenario.at(1_000).call(1, "billing");

        scenario.at(2_000).login("supportOnly");

        assertEquals(List.of(), scenario.newCommands());
        assertEquals(1, scenario.snapshot().queues().get(1).waitingCalls());
    }
}
