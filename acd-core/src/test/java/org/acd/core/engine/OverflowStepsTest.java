package org.acd.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.acd.core.model.OverflowStep;
import org.acd.core.model.QueueConfig;
import org.acd.core.model.SkillRequirement;
import org.acd.core.testing.Configs;
import org.acd.core.testing.EngineScenario;
import org.acd.core.view.CallView;
import org.junit.jupiter.api.Test;

/** Behaviour 4: overflow steps after N seconds in queue, keeping the original entry time. */
final class OverflowStepsTest {

    private static EngineScenario billingWith(OverflowStep... steps) {
        QueueConfig.Builder billing = QueueConfig.builder("billing").skill("billing", 8);
        List.of(steps).forEach(billing::overflow);
        QueueConfig general = QueueConfig.builder("general").skill("general", 1).build();
        return new EngineScenario(Configs.config(List.of(billing.build(), general),
                List.of(Configs.agent("junior", Map.of("billing", 4)), Configs.agent("senior", Map.of("billing", 9)),
                        Configs.agent("generalist", Map.of("general", 6)))));
    }

    @Test
    void shouldRelaxTheMinimumProficiencyAfterTheStepTime() {
        EngineScenario scenario = billingWith(new OverflowStep.RelaxProficiency(30_000, 3));
        scenario.at(0).login("junior").call(1, "billing");
        assertEquals(List.of(), scenario.newCommands());

        scenario.at(29_999).tick();
        assertEquals(List.of(), scenario.newCommands());
        scenario.at(30_000).tick();

        assertEquals(List.of("offerCall 1 -> junior"), scenario.newCommands());
    }

    @Test
    void shouldAddAnAlternativeSkillAfterTheStepTime() {
        EngineScenario scenario = billingWith(
                new OverflowStep.AddAlternativeSkill(20_000, new SkillRequirement("general", 5)));
        scenario.at(0).login("generalist").call(1, "billing");

        scenario.at(20_000).tick();

        assertEquals(List.of("offerCall 1 -> generalist"), scenario.newCommands());
    }

    @Test
    void shouldRaisePriorityAboveCallsThatWereAheadOfIt() {
        EngineScenario scenario = billingWith(new OverflowStep.RaisePriority(10_000, 200));
        scenario.at(0).call(1, "billing", "standard").at(5_000).call(2, "billing", "platinum");

        scenario.at(12_000).tick().login("senior");

        assertEquals(200, scenario.callView(1).priority());
        assertEquals(List.of("offerCall 1 -> senior"), scenario.newCommands());
    }

    @Test
    void shouldMoveToAnotherQueueKeepingTheOriginalEntryTime() {
        EngineScenario scenario = billingWith(new OverflowStep.MoveToQueue(45_000, "general"));
        scenario.at(1_000).call(1, "billing");

        scenario.at(46_000).tick();
        CallView moved = scenario.callView(1);
        scenario.at(47_000).login("generalist");

        assertEquals("general", moved.queueId());
        assertEquals(1_000, moved.entryMs());
        assertEquals(List.of("overflowed 1 billing -> general OVERFLOW_STEP"), scenario.outcomes().matching("overflowed"));
        assertEquals(List.of("offerCall 1 -> generalist"), scenario.newCommands());
        scenario.answer("generalist", 1);
        assertEquals(List.of("answered 1 by generalist wait=46000"), scenario.outcomes().matching("answered"));
    }

    @Test
    void shouldApplyStepsThatFellDueWhileTheCallRang() {
        EngineScenario scenario = billingWith(new OverflowStep.MoveToQueue(10_000, "general"));
        scenario.at(0).login("senior").call(1, "billing");

        scenario.at(15_000).tick();

        assertEquals(List.of("rona 1 senior ring=15000"), scenario.outcomes().matching("rona"));
        assertEquals("general", scenario.callView(1).queueId());
    }
}
