package org.acd.core.testing;

import java.util.List;
import java.util.Map;
import org.acd.core.model.AgentConfig;
import org.acd.core.model.QueueConfig;
import org.acd.core.model.RoutingConfig;
import org.acd.core.model.TierConfig;

/** Small routing configurations for tests. */
public final class Configs {

    public static final List<String> SKILLS = List.of("support", "billing", "sales", "vip", "general");
    public static final List<TierConfig> TIERS = List.of(TierConfig.of("standard", 0), TierConfig.of("gold", 50),
            TierConfig.of("platinum", 100));

    private Configs() {
    }

    public static AgentConfig agent(String id, Map<String, Integer> skills) {
        return AgentConfig.of(id, skills);
    }

    /** One queue {@code support} needing support 1+, and the given agents, each with support 5. */
    public static RoutingConfig supportQueue(String... agentIds) {
        return config(List.of(QueueConfig.builder("support").skill("support", 1).build()),
                List.of(agentIds).stream().map(id -> agent(id, Map.of("support", 5))).toList());
    }

    public static RoutingConfig config(List<QueueConfig> queues, List<AgentConfig> agents) {
        return new RoutingConfig(SKILLS, TIERS, queues, agents);
    }
}
