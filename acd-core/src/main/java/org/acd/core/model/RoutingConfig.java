package org.acd.core.model;

import java.util.List;

/**
 * Everything the routing engine needs to know before the first event: skills, customer tiers,
 * queues and agents. Immutable; constructing one validates it and throws
 * {@link InvalidConfigException} listing every problem.
 */
public record RoutingConfig(List<String> skills, List<TierConfig> tiers, List<QueueConfig> queues,
                            List<AgentConfig> agents) {

    public RoutingConfig {
        skills = List.copyOf(skills);
        tiers = List.copyOf(tiers);
        queues = List.copyOf(queues);
        agents = List.copyOf(agents);
        List<String> problems = new RoutingConfigValidator(skills, tiers, queues, agents).problems();
        if (!problems.isEmpty()) {
            throw new InvalidConfigException(problems);
        }
    }
}
