package org.acd.server.admin;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.acd.config.model.AcdConfig;
import org.acd.core.model.AgentConfig;
import org.acd.core.model.QueueConfig;

/**
 * What a configuration reload changes, by id, for the operator who asked for it: the queues, agents
 * and IVR flows added, removed and changed (any setting). Written as the reload endpoint's JSON.
 */
record ConfigChanges(Delta queues, Delta agents, Delta flows) {

    /** Ids in the new configuration only, in the old one only, and in both with other settings. */
    record Delta(List<String> added, List<String> removed, List<String> changed) {
    }

    static ConfigChanges between(AcdConfig before, AcdConfig after) {
        return new ConfigChanges(
                delta(byId(before.routing().queues(), QueueConfig::id),
                        byId(after.routing().queues(), QueueConfig::id)),
                delta(byId(before.routing().agents(), AgentConfig::id),
                        byId(after.routing().agents(), AgentConfig::id)),
                delta(Map.copyOf(before.ivr().flows()), Map.copyOf(after.ivr().flows())));
    }

    boolean isEmpty() {
        return List.of(queues, agents, flows).stream().allMatch(delta -> delta.added().isEmpty()
                && delta.removed().isEmpty() && delta.changed().isEmpty());
    }

    private static <T> Map<String, T> byId(List<T> items, Function<T, String> id) {
        return items.stream().collect(Collectors.toMap(id, Function.identity()));
    }

    private static Delta delta(Map<String, ?> before, Map<String, ?> after) {
        List<String> added = new ArrayList<>();
        List<String> changed = new ArrayList<>();
        after.forEach((id, item) -> {
            if (!before.containsKey(id)) {
                added.add(id);
            } else if (!before.get(id).equals(item)) {
                changed.add(id);
            }
        });
        List<String> removed = before.keySet().stream().filter(id -> !after.containsKey(id)).sorted().toList();
        return new Delta(added.stream().sorted().toList(), removed, changed.stream().sorted().toList());
    }
}
