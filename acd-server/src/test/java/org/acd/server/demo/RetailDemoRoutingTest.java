package org.acd.server.demo;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.stream.Collectors;
import org.acd.config.ConfigLoader;
import org.acd.core.model.AgentConfig;
import org.acd.core.model.QueueConfig;
import org.acd.core.model.RoutingConfig;
import org.acd.core.model.SkillRequirement;
import org.acd.core.model.TierConfig;
import org.junit.jupiter.api.Test;

/** The demo runs on config/examples/retail.yaml: its callers must find their queues, tiers and agents there. */
final class RetailDemoRoutingTest {

    private static final RoutingConfig ROUTING = ConfigLoader.retailExample().routing();

    @Test
    void shouldSendCallersOnlyToQueuesAndTiersTheConfigurationHas() {
        RoutingConfig config = ROUTING;
        Set<String> queues = config.queues().stream().map(QueueConfig::id).collect(Collectors.toSet());
        Set<String> tiers = config.tiers().stream().map(TierConfig::id).collect(Collectors.toSet());

        CallMix.retail().queues().forEach(share -> assertTrue(queues.contains(share.id()), share::id));
        CallMix.retail().tiers().forEach(share -> assertTrue(tiers.contains(share.id()), share::id));
    }

    @Test
    void shouldHaveAnAgentForEveryTierInEveryQueue() {
        RoutingConfig config = ROUTING;
        for (QueueConfig queue : config.queues()) {
            for (TierConfig tier : config.tiers()) {
                boolean served = config.agents().stream().anyMatch(agent -> meets(agent, queue, tier));
                assertTrue(served, () -> "no agent can take " + tier.id() + " calls in " + queue.id());
            }
        }
    }

    private static boolean meets(AgentConfig agent, QueueConfig queue, TierConfig tier) {
        return queue.skills().stream().allMatch(skill -> has(agent, skill))
                && tier.requiredSkill().map(skill -> has(agent, skill)).orElse(true);
    }

    private static boolean has(AgentConfig agent, SkillRequirement requirement) {
        return agent.skills().getOrDefault(requirement.skill(), 0) >= requirement.minProficiency();
    }
}
