package org.acd.simulator.scenario;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.acd.config.yaml.Fields;
import org.acd.config.yaml.Problems;
import org.acd.config.yaml.YamlNode;
import org.acd.core.model.AgentConfig;
import org.acd.core.model.InvalidConfigException;
import org.acd.core.model.QueueConfig;
import org.acd.core.model.RoutingConfig;
import org.acd.core.model.RoutingStrategy;
import org.acd.core.model.TierConfig;

/**
 * Builds the engine's {@link RoutingConfig} for a scenario from its inline {@code routing:} section
 * ({@code queues} with skills, strategy and ring timeout; {@code tiers} with priorities) or, for what
 * it leaves out, from the call types: one queue per named queue needing the skill of the same name
 * at proficiency 1 or more, longest idle first; one tier per named tier at priority 0. A path to a
 * server configuration file is not read yet: that needs the config module. Stateless.
 */
final class RoutingReader {

    private static final Set<String> ROUTING_KEYS = Set.of("queues", "tiers");
    private static final Set<String> QUEUE_KEYS = Set.of("name", "skills", "strategy", "ring_timeout");
    private static final Set<String> TIER_KEYS = Set.of("name", "priority");
    private static final long DEFAULT_RING_TIMEOUT_MS = 15_000;

    private RoutingReader() {
    }

    static RoutingConfig read(YamlNode routing, List<CallType> callTypes, List<AgentConfig> agents,
                              long wrapUpMs, Problems problems) {
        Map<String, QueueConfig> queues = new LinkedHashMap<>();
        Map<String, TierConfig> tiers = new LinkedHashMap<>();
        if (routing instanceof YamlNode.Scalar scalar) {
            problems.add("routing", "'" + scalar.text() + "': routing files are read once the config module exists;"
                    + " give the queues inline (routing: {queues: [...], tiers: [...]})", routing.line());
        } else if (routing != null) {
            Fields fields = Fields.of(routing, "routing", problems, ROUTING_KEYS);
            if (fields != null) {
                readQueues(fields, wrapUpMs, problems, queues);
                readTiers(fields, problems, tiers);
            }
        }
        for (CallType type : callTypes) {
            queues.computeIfAbsent(type.queue(), name -> QueueConfig.builder(name).skill(name, 1).wrapUpMs(wrapUpMs)
                    .ringTimeoutMs(DEFAULT_RING_TIMEOUT_MS).build());
            tiers.computeIfAbsent(type.tier(), name -> TierConfig.of(name, 0));
        }
        Set<String> skills = new LinkedHashSet<>();
        queues.values().forEach(queue -> queue.skills().forEach(skill -> skills.add(skill.skill())));
        agents.forEach(agent -> skills.addAll(agent.skills().keySet()));
        if (!problems.isEmpty()) {
            return null;
        }
        try {
            return new RoutingConfig(List.copyOf(skills), List.copyOf(tiers.values()), List.copyOf(queues.values()),
                    agents);
        } catch (InvalidConfigException e) {
            e.problems().forEach(problem -> problems.add("routing", problem, routing == null ? 0 : routing.line()));
            return null;
        }
    }

    private static void readQueues(Fields routing, long wrapUpMs, Problems problems, Map<String, QueueConfig> queues) {
        List<YamlNode> items = routing.list("queues", false);
        for (int i = 0; i < items.size(); i++) {
            String path = routing.path("queues") + "[" + i + "]";
            Fields queue = Fields.of(items.get(i), path, problems, QUEUE_KEYS);
            if (queue == null) {
                continue;
            }
            String name = queue.text("name", true);
            QueueConfig.Builder builder = QueueConfig.builder(name).wrapUpMs(wrapUpMs)
                    .ringTimeoutMs(queue.positiveDurationMs("ring_timeout", false, DEFAULT_RING_TIMEOUT_MS));
            ScenarioReader.skills(queue, "skills", problems).forEach(builder::skill);
            String strategy = queue.text("strategy", false);
            if (strategy != null) {
                strategy(queue, strategy).ifPresent(builder::strategy);
            }
            if (name != null && queues.putIfAbsent(name, builder.build()) != null) {
                queue.problem("name", "queue '" + name + "' is defined twice");
            }
        }
    }

    private static Optional<RoutingStrategy> strategy(Fields queue, String text) {
        try {
            return Optional.of(RoutingStrategy.valueOf(text.toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            queue.problem("strategy", "'" + text + "' is not a strategy; use longest_idle, most_skilled,"
                    + " least_occupied or round_robin");
            return Optional.empty();
        }
    }

    private static void readTiers(Fields routing, Problems problems, Map<String, TierConfig> tiers) {
        List<YamlNode> items = routing.list("tiers", false);
        for (int i = 0; i < items.size(); i++) {
            Fields tier = Fields.of(items.get(i), routing.path("tiers") + "[" + i + "]", problems, TIER_KEYS);
            if (tier == null) {
                continue;
            }
            String name = tier.text("name", true);
            int priority = (int) tier.wholeNumber("priority", false, 0);
            if (name != null && tiers.putIfAbsent(name, TierConfig.of(name, priority)) != null) {
                tier.problem("name", "tier '" + name + "' is defined twice");
            }
        }
    }
}
