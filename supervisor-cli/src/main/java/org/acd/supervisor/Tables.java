package org.acd.supervisor;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * The admin API's answers as text tables, shared by the one-shot commands and the wallboard. With
 * colour on, agents are coloured by state. Pure functions.
 */
final class Tables {

    private Tables() {
    }

    static List<String> queues(JsonNode answer) {
        TextTable table = new TextTable("QUEUE", "WAITING", "LONGEST", "READY", "LOGGED IN");
        for (JsonNode queue : answer.path("queues")) {
            table.row(queue.path("id").asText(), String.valueOf(queue.path("waitingCalls").asInt()),
                    Format.duration(queue.path("longestWaitMs").asLong()),
                    String.valueOf(queue.path("agentsReady").asInt()),
                    String.valueOf(queue.path("agentsLoggedIn").asInt()));
        }
        return table.lines();
    }

    static List<String> agents(JsonNode answer, boolean color) {
        TextTable table = new TextTable("AGENT", "NAME", "STATE", "FOR", "CALL", "REASON");
        for (JsonNode agent : answer.path("agents")) {
            String state = agent.path("state").asText();
            table.row(agent.path("id").asText(), agent.path("name").asText(),
                    color ? colorState(state, agent.path("reason").asText("")) : state,
                    Format.duration(agent.path("inStateMs").asLong()), Format.text(agent.get("callId")),
                    Format.text(agent.get("reason")));
        }
        return table.lines();
    }

    static List<String> calls(JsonNode answer) {
        TextTable table = new TextTable("CALL", "QUEUE", "TIER", "CALLER", "STATE", "WAIT", "PRIORITY", "AGENT");
        for (JsonNode call : answer.path("calls")) {
            table.row(call.path("id").asText(), call.path("queue").asText(), call.path("tier").asText(),
                    Format.text(call.get("callerNumber")), call.path("state").asText(),
                    Format.duration(call.path("waitMs").asLong()), call.path("priority").asText(),
                    Format.text(call.get("agent")));
        }
        return table.lines();
    }

    static List<String> status(JsonNode status) {
        JsonNode engine = status.path("engine");
        JsonNode totals = status.path("totals");
        List<String> lines = new ArrayList<>();
        lines.add("server     acd " + status.path("version").asText() + ", up "
                + Format.duration(status.path("uptimeMs").asLong()));
        lines.add("calls      " + totals.path("callsWaiting").asInt() + " waiting (longest "
                + Format.duration(totals.path("longestWaitMs").asLong()) + "), " + totals.path("callsLive").asInt()
                + " live");
        lines.add("agents     " + agentsByState(totals.path("agentsByState")));
        lines.add("engine     " + engine.path("eventsApplied").asLong() + " events applied, "
                + engine.path("eventsReplayed").asLong() + " replayed, " + engine.path("rejectedEvents").asLong()
                + " rejected, " + engine.path("poisonEvents").asLong() + " poison");
        lines.add("ring       " + engine.path("ringBacklog").asLong() + " of " + engine.path("ringSize").asInt()
                + " slots in use");
        return lines;
    }

    /** e.g. "3 ready, 1 ringing, 4 on call, 1 wrap-up, 1 not ready, 0 logged out". */
    static String agentsByState(JsonNode byState) {
        return byState.path("READY").asInt() + " ready, " + byState.path("RESERVED").asInt() + " ringing, "
                + byState.path("ON_CALL").asInt() + " on call, " + byState.path("WRAP_UP").asInt() + " wrap-up, "
                + byState.path("NOT_READY").asInt() + " not ready, " + byState.path("LOGGED_OUT").asInt()
                + " logged out";
    }

    private static String colorState(String state, String reason) {
        return switch (state) {
            case "READY" -> Ansi.color(Ansi.GREEN, state);
            case "RESERVED", "ON_CALL" -> Ansi.color(Ansi.CYAN, state);
            case "NOT_READY" -> Ansi.color("RONA".equals(reason) ? Ansi.RED : Ansi.YELLOW, state);
            default -> state;
        };
    }
}
