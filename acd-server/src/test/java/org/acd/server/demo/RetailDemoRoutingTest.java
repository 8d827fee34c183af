package org.acd.server.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.acd.config.model.AcdConfig;
import org.acd.config.model.DirectoryEntry;
import org.acd.core.model.AgentConfig;
import org.acd.core.model.QueueConfig;
import org.acd.core.model.RoutingConfig;
import org.acd.core.model.SkillRequirement;
import org.acd.core.model.TierConfig;
import org.junit.jupiter.api.Test;

/**
 * The demo runs on config/examples/retail.yaml: its callers must reach their queues by the menu's
 * digits and their tiers by the caller directory's numbers, and find agents there.
 */
final class RetailDemoRoutingTest {

    private static final AcdConfig CONFIG = DemoConfiguration.retail();
    private static final RoutingConfig ROUTING = CONFIG.routing();
    private static final int PICKS = 500;

    @Test
    void shouldKeyTheMenuDigitOfEveryQueueOfTheMix() {
        CallMix mix = CallMix.retail(CONFIG);
        Map<String, String> queueByDigit = CONFIG.inbound().orElseThrow().queueByDigit();
        Random random = new Random(1);
        Set<String> reached = new HashSet<>();
        for (int n = 0; n < PICKS; n++) {
            reached.add(queueByDigit.get(mix.pickDigit(random)));
        }

        assertEquals(CallMix.RETAIL_QUEUES.stream().map(CallMix.Share::id).collect(Collectors.toSet()), reached);
    }

    @Test
    void shouldCallFromNumbersTheDirectoryGivesEveryTierOfTheMix() {
        CallMix mix = CallMix.retail(CONFIG);
        Map<String, String> tierByNumber = CONFIG.callerDirectory().orElseThrow().callers().stream()
                .collect(Collectors.toMap(DirectoryEntry::phone, DirectoryEntry::tier));
        String defaultTier = CONFIG.callerDirectory().orElseThrow().defaultTier();
        Random random = new Random(1);
        Set<String> tiers = new HashSet<>();
        for (int n = 0; n < PICKS; n++) {
            tiers.add(tierByNumber.getOrDefault(mix.pickNumber(random), defaultTier));
        }

        assertEquals(CallMix.RETAIL_TIERS.stream().map(CallMix.Share::id).collect(Collectors.toSet()), tiers);
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
