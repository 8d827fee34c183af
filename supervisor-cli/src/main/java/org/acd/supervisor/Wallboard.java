package org.acd.supervisor;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One screen of the live wallboard: the queues with their waiting calls and longest wait, the agents
 * counted by state, then every agent. Pure function of the two answers.
 */
final class Wallboard {

    private Wallboard() {
    }

    static List<String> render(String title, JsonNode queues, JsonNode agents, WaitThresholds thresholds,
                               boolean color) {
        List<String> lines = new ArrayList<>();
        lines.add(color ? Ansi.color(Ansi.BOLD, title) : title);
        lines.add("");
        lines.addAll(Tables.queues(queues, thresholds, color));
        lines.add("");
        lines.add("agents: " + Tables.agentsByState(countByState(agents)));
        lines.add("");
        lines.addAll(Tables.agents(agents, color));
        return lines;
    }

    /**
     * What redraws the terminal with {@code lines} without blanking it first: cursor home, each line
     * written over the last frame's and cleared to its end, then everything below cleared.
     */
    static String frame(List<String> lines) {
        StringBuilder frame = new StringBuilder(Ansi.HOME);
        for (String line : lines) {
            frame.append(line).append(Ansi.CLEAR_LINE_END).append('\n');
        }
        return frame.append(Ansi.CLEAR_SCREEN_END).toString();
    }

    private static JsonNode countByState(JsonNode agents) {
        Map<String, Integer> counts = new TreeMap<>();
        for (JsonNode agent : agents.path("agents")) {
            counts.merge(agent.path("state").asText(), 1, Integer::sum);
        }
        return AdminClient.JSON.valueToTree(counts);
    }
}
