package org.acd.server.demo;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.acd.core.model.AgentConfig;
import org.acd.core.model.OverflowStep;
import org.acd.core.model.QueueConfig;
import org.acd.core.model.QueueExit;
import org.acd.core.model.RoutingConfig;
import org.acd.core.model.RoutingStrategy;
import org.acd.core.model.SkillRequirement;
import org.acd.core.model.TierConfig;

/**
 * The demo's contact center, an online shop: three queues with different strategies, ten agents
 * with proficiencies, and three customer tiers. Platinum calls need an agent with the vip skill and
 * jump ahead of others, but a standard caller is overtaken for at most a minute (aging does it).
 * Built in code until the config module can load it from YAML.
 */
final class RetailDemoConfig {

    static final long RING_TIMEOUT_MS = 4_000;
    static final long WRAP_UP_MS = 2_000;

    private RetailDemoConfig() {
    }

    public static RoutingConfig routingConfig() {
        return new RoutingConfig(List.of("orders", "returns", "billing", "vip"), tiers(), queues(), agents());
    }

    /** Which queue and tier the demo's callers ask for, and how often. */
    public static CallMix callMix() {
        return new CallMix(
                List.of(new CallMix.Share("orders", 50), new CallMix.Share("returns", 30),
                        new CallMix.Share("billing", 20)),
                List.of(new CallMix.Share("standard", 70), new CallMix.Share("gold", 20),
                        new CallMix.Share("platinum", 10)));
    }

    private static List<TierConfig> tiers() {
        return List.of(
                new TierConfig("standard", 0, 60_000, Optional.empty()),
                TierConfig.of("gold", 50),
                new TierConfig("platinum", 100, 0, Optional.of(new SkillRequirement("vip", 1))));
    }

    private static List<QueueConfig> queues() {
        QueueConfig orders = QueueConfig.builder("orders").skill("orders", 3)
                .strategy(RoutingStrategy.LONGEST_IDLE)
                .overflow(new OverflowStep.RelaxProficiency(10_000, 1))
                .maxWaitMs(60_000).onMaxWait(QueueExit.voicemail("orders"))
                .ringTimeoutMs(RING_TIMEOUT_MS).wrapUpMs(WRAP_UP_MS).build();
        QueueConfig returns = QueueConfig.builder("returns").skill("returns", 3)
                .strategy(RoutingStrategy.MOST_SKILLED)
                .overflow(new OverflowStep.MoveToQueue(10_000, "orders"))
                .ringTimeoutMs(RING_TIMEOUT_MS).wrapUpMs(WRAP_UP_MS).build();
        QueueConfig billing = QueueConfig.builder("billing").skill("billing", 2)
                .strategy(RoutingStrategy.LEAST_OCCUPIED).weight(10)
                .overflow(new OverflowStep.RaisePriority(15_000, 30))
                .maxWaitMs(30_000).onMaxWait(QueueExit.voicemail("billing"))
                .ringTimeoutMs(RING_TIMEOUT_MS).wrapUpMs(WRAP_UP_MS).build();
        return List.of(orders, returns, billing);
    }

    private static List<AgentConfig> agents() {
        return List.of(
                agent("ava", 1001, Map.of("orders", 8, "returns", 4, "vip", 5)),
                agent("ben", 1002, Map.of("orders", 6)),
                agent("chen", 1003, Map.of("orders", 5, "billing", 3)),
                agent("dana", 1004, Map.of("returns", 9, "orders", 2)),
                agent("eli", 1005, Map.of("returns", 6)),
                agent("fay", 1006, Map.of("billing", 8, "vip", 5)),
                agent("gus", 1007, Map.of("billing", 5, "returns", 3)),
                agent("hana", 1008, Map.of("orders", 7, "returns", 7, "billing", 7, "vip", 9)),
                agent("ivan", 1009, Map.of("orders", 4)),
                agent("jo", 1010, Map.of("returns", 5, "billing", 4, "orders", 1)));
    }

    private static AgentConfig agent(String id, int extension, Map<String, Integer> skills) {
        return new AgentConfig(id, id, "PJSIP/" + extension, skills, AgentConfig.QUEUE_WRAP_UP);
    }
}
