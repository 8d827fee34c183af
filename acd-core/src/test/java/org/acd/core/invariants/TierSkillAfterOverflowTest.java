package org.acd.core.invariants;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.acd.core.model.AgentConfig;
import org.acd.core.model.OverflowStep;
import org.acd.core.model.QueueConfig;
import org.acd.core.model.RoutingConfig;
import org.acd.core.model.SkillRequirement;
import org.acd.core.model.TierConfig;
import org.acd.core.testing.EngineScenario;
import org.junit.jupiter.api.Test;

/**
 * A tier's required skill is demanded on top of whatever the queue accepts (TierConfig), also after
 * an alternative-skill step, which replaces the queue's own skills only (OverflowStep). The
 * randomized invariant test caught the engine building the alternative without the tier's skill:
 * after the step a platinum caller who needs a VIP agent rang an agent with no VIP skill at all.
 */
final class TierSkillAfterOverflowTest {

    private static EngineScenario scenario() {
        QueueConfig support = QueueConfig.builder("support").skill("support", 5)
                .overflow(new OverflowStep.AddAlternativeSkill(40_000, new SkillRequirement("tech", 6))).build();
        List<TierConfig> tiers = List.of(TierConfig.of("standard", 0),
                new TierConfig("platinum", 100, 0, Optional.of(new SkillRequirement("vip", 3))));
        return new EngineScenario(new RoutingConfig(List.of("support", "tech", "vip"), tiers, List.of(support),
                List.of(AgentConfig.of("techie", Map.of("tech", 8)))));
    }

    @Test
    void shouldOfferAStandardCallToAnAgentWithTheAlternativeSkillOnceTheStepApplies() {
        EngineScenario scenario = scenario();
        scenario.at(0).login("techie").call(1, "support", "standard");

        scenario.at(40_000).tick();

        assertEquals(List.of("offerCall 1 -> techie"), scenario.newCommands());
    }

    @Test
    void shouldStillDemandTheTierSkillOfAPlatinumCallAfterAnAlternativeSkillStep() {
        EngineScenario scenario = scenario();
        scenario.at(0).login("techie").call(1, "support", "platinum");

        scenario.at(40_000).tick();

        assertEquals(List.of(), scenario.newCommands(), "techie has tech 8 but no vip skill; the platinum tier "
                + "demands vip 3 on top of whatever the queue accepts");
    }
}
