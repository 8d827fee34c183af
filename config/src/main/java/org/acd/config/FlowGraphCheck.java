package org.acd.config;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.acd.config.ivr.FlowNode;
import org.acd.config.yaml.Fields;

/**
 * Checks the shape of one flow whose nodes all read well: every node is reachable from the entry
 * (an unreachable node is an error: it is dead configuration, most often a mistyped target), and
 * every cycle passes through a node that waits for the caller (menu or collect), so that no call
 * can loop forever without the caller doing anything. Stateless.
 */
final class FlowGraphCheck {

    private FlowGraphCheck() {
    }

    static void check(Fields nodes, String entry, Map<String, FlowNode> graph) {
        Set<String> reachable = reachableFrom(entry, graph);
        for (String id : graph.keySet()) {
            if (!reachable.contains(id)) {
                nodes.problem(id, "unreachable from the entry node '" + entry + "'");
            }
        }
        Set<String> reported = new HashSet<>();
        for (String id : graph.keySet()) {
            List<String> cycle = cycleThrough(id, graph);
            if (!cycle.isEmpty() && reported.add(String.join(",", cycle.stream().sorted().toList()))) {
                nodes.problem(id, "loops back through " + String.join(" -> ", cycle) + " -> " + id
                        + " without waiting for the caller (add a menu or collect to the loop)");
            }
        }
    }

    private static Set<String> reachableFrom(String entry, Map<String, FlowNode> graph) {
        Set<String> seen = new LinkedHashSet<>();
        Deque<String> frontier = new ArrayDeque<>(List.of(entry));
        while (!frontier.isEmpty()) {
            String id = frontier.pop();
            if (seen.add(id)) {
                frontier.addAll(graph.get(id).targets());
            }
        }
        return seen;
    }

    /** The nodes of a loop from {@code start} back to it that never waits for the caller; empty if there is none. */
    private static List<String> cycleThrough(String start, Map<String, FlowNode> graph) {
        if (graph.get(start).waitsForCaller()) {
            return List.of();
        }
        Deque<List<String>> paths = new ArrayDeque<>();
        paths.add(List.of(start));
        Set<String> visited = new HashSet<>();
        while (!paths.isEmpty()) {
            List<String> path = paths.poll();
            for (String next : graph.get(path.get(path.size() - 1)).targets()) {
                if (next.equals(start)) {
                    return path;
                }
                if (!graph.get(next).waitsForCaller() && visited.add(next)) {
                    List<String> longer = new ArrayList<>(path);
                    longer.add(next);
                    paths.add(longer);
                }
            }
        }
        return List.of();
    }
}
