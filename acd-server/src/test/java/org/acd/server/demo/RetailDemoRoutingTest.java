package org.acd.server.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.acd.config.ivr.FlowNode;
import org.acd.config.model.AcdConfig;
import org.acd.config.model.DirectoryEntry;
import org.acd.core.model.AgentConfig;
import org.acd.core.model.QueueConfig;
import org.acd.core.model.RoutingConfig;
import org.acd.core.model.SkillRequirement;
import org.acd.core.model.TierConfig;
import org.acd.simulator.emulator.CallerPlan;
import org.junit.jupiter.api.Test;

/**
 * The demo runs on config/examples/retail.yaml: its callers must reach the self-service and their
 * queues by the IVR's main menu and their tiers by the caller directory's numbers, and find agents
 * there.
 */
final class RetailDemoRoutingTest {

    private static final AcdConfig CONFIG = DemoConfiguration.retail();
    private static final RoutingConfig ROUTING = CONFIG.routing();
    private static final int PICKS = 500;

    @Test
    void shouldKeyTheMainMenuForEveryIntentOfTheMix() {
        CallMix mix = CallMix.retail(CONFIG);
        Map<String, String> nodeByDigit = ((FlowNode.Menu) CONFIG.ivr().flows().get("main").nodes().get("main_menu"))
                .options();
        Set<String> orderNumbers = CONFIG.callerDirectory().orElseThrow().callers().stream()
                .flatMap(customer -> customer.orderStatus().keySet().stream()).collect(Collectors.toSet());
        Random random = new Random(1);
        Set<String> reached = new HashSet<>();
        for (int n = 0; n < PICKS; n++) {
            List<String> keys = mix.pick(random).keys();
            if (keys.isEmpty()) {
                continue;
            }
            if (keys.get(0).equals(CallerPlan.HANG_UP)) {
                reached.add(CallerPlan.HANG_UP);
                continue;
            }
            String node = nodeByDigit.get(keys.get(0));
            reached.add(node);
            if (node.equals("ask_order")) {
                String entry = keys.get(1);
                assertTrue(entry.endsWith("#") && orderNumbers.contains(entry.substring(0, entry.length() - 1)),
                        () -> "an order of the directory, then #: " + keys);
            }
        }

        assertEquals(Set.of("ask_order", "orders_queue", "returns_queue", "billing_queue", CallerPlan.HANG_UP), reached);
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
            CallMix.Caller caller = mix.pick(random);
            String tier = tierByNumber.getOrDefault(caller.number(), defaultTier);
            tiers.add(tier);
            if (tier.equals("platinum")) {
                assertEquals(List.of(), caller.keys(), "the IVR queues platinum callers without a menu");
            }
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
