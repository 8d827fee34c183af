package org.acd.supervisor;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * One screen of the live wallboard: the queues with their waiting calls, longest wait and today's
 * answered calls, service level and abandon rate, the agents counted by state, every agent, then a
 * legend naming the thresholds. The colours are the server's: {@code GET /api/wallboard} decides
 * each figure's level against the configured thresholds, as it does for the web wallboard, and this
 * only paints them. Pure functions of the two answers.
 */
final class Wallboard {

    private Wallboard() {
    }

    /** {@code board} is the answer of {@code GET /api/wallboard}, {@code agents} that of {@code GET /api/agents}. */
    static List<String> render(String title, JsonNode board, JsonNode agents, boolean color) {
        List<String> lines = new ArrayList<>();
        lines.add(color ? Ansi.color(Ansi.BOLD, title) : title);
        lines.add("");
        lines.addAll(queues(board, color));
        lines.add("");
        lines.add("agents: " + Tables.agentsByState(countByState(agents)));
        lines.add("");
        lines.addAll(Tables.agents(agents, color));
        lines.add("");
        lines.addAll(legend(board));
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

    private static List<String> queues(JsonNode board, boolean color) {
        TextTable table = new TextTable("QUEUE", "WAITING", "LONGEST", "READY", "LOGGED IN", "ANSWERED", "SL TODAY",
                "ABANDON TODAY");
        for (JsonNode queue : board.path("queues")) {
            JsonNode serviceLevel = queue.path("serviceLevelToday");
            String serviceLevelLevel = queue.path("serviceLevelLevel").asText();
            table.row(queue.path("id").asText(),
                    paint(String.valueOf(queue.path("waiting").asInt()), queue.path("waitingLevel").asText(), color),
                    paint(Format.duration(queue.path("longestWaitMs").asLong()),
                            queue.path("longestWaitLevel").asText(), color),
                    String.valueOf(queue.path("agentsReady").asInt()),
                    String.valueOf(queue.path("agentsLoggedIn").asInt()),
                    String.valueOf(queue.path("answeredToday").asLong()),
                    color && serviceLevel.isNumber() && serviceLevelLevel.equals("OK")
                            ? Ansi.color(Ansi.GREEN, percent(serviceLevel))
                            : paint(percent(serviceLevel), serviceLevelLevel, color),
                    paint(percent(queue.path("abandonRateToday")), queue.path("abandonRateLevel").asText(), color));
        }
        return table.lines();
    }

    private static List<String> legend(JsonNode board) {
        JsonNode thresholds = board.path("thresholds");
        return List.of("Today: since midnight. Service level: answered within "
                        + Format.duration(board.path("serviceLevelThresholdMs").asLong()) + " / answered; yellow up to "
                        + Math.round(thresholds.path("serviceLevelWarnBand").asDouble() * 100)
                        + " points under the queue's target, red below.",
                "Longest wait: yellow from " + Format.duration(thresholds.path("longestWaitWarnMs").asLong())
                        + ", red from " + Format.duration(thresholds.path("longestWaitAlarmMs").asLong())
                        + ". Abandon rate: yellow from " + percent(thresholds.path("abandonRateWarn")) + ", red from "
                        + percent(thresholds.path("abandonRateAlarm")) + ".");
    }

    /** The cell in the colour of its level (WARN yellow, ALARM red), or plain. */
    private static String paint(String cell, String level, boolean color) {
        if (!color) {
            return cell;
        }
        return switch (level) {
            case "WARN" -> Ansi.color(Ansi.YELLOW, cell);
            case "ALARM" -> Ansi.color(Ansi.RED, cell);
            default -> cell;
        };
    }

    /** Counted from the same answer as the agent rows below it, so the two always agree. */
    private static JsonNode countByState(JsonNode agents) {
        Map<String, Integer> counts = new TreeMap<>();
        for (JsonNode agent : agents.path("agents")) {
            counts.merge(agent.path("state").asText(), 1, Integer::sum);
        }
        return AdminClient.JSON.valueToTree(counts);
    }

    /** A ratio as a percentage with one decimal, or "-" for none (no calls yet). */
    private static String percent(JsonNode ratio) {
        return ratio.isNumber() ? String.format(Locale.ROOT, "%.1f%%", ratio.asDouble() * 100) : "-";
    }
}
