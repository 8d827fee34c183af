package org.acd.server.demo;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import org.acd.core.api.AgentState;
import org.acd.core.view.AgentView;
import org.acd.core.view.EngineSnapshot;
import org.acd.core.view.QueueView;

/**
 * The once-a-second summary of an engine snapshot: per queue, the calls waiting and how long the
 * oldest has waited; the agents counted by state (logged out only when some are). For example
 * (one line):
 * <pre>
 *   12.0s  == waiting: orders 3 (oldest 8 s), returns 1 (oldest 2 s), billing 0 | agents: 3 ready, 2 ringing,
 *          4 on call, 1 wrap-up, 0 not ready
 * </pre>
 */
final class StatusLine {

    /** The way a call goes through an agent's states, then the states out of it. */
    private static final List<AgentState> SHOWN_ORDER = List.of(AgentState.READY, AgentState.RESERVED,
            AgentState.ON_CALL, AgentState.WRAP_UP, AgentState.NOT_READY, AgentState.LOGGED_OUT);

    private StatusLine() {
    }

    static String of(EngineSnapshot snapshot, long startMs) {
        StringJoiner queues = new StringJoiner(", ");
        for (QueueView queue : snapshot.queues()) {
            String oldest = queue.waitingCalls() == 0 ? ""
                    : " (oldest " + (snapshot.atMs() - queue.oldestEntryMs()) / 1000 + " s)";
            queues.add(queue.id() + " " + queue.waitingCalls() + oldest);
        }
        Map<AgentState, Integer> byState = new EnumMap<>(AgentState.class);
        for (AgentView agent : snapshot.agents()) {
            byState.merge(agent.state(), 1, Integer::sum);
        }
        StringJoiner agents = new StringJoiner(", ");
        for (AgentState state : SHOWN_ORDER) {
            int count = byState.getOrDefault(state, 0);
            if (count > 0 || state != AgentState.LOGGED_OUT) {
                agents.add(count + " " + label(state));
            }
        }
        return ElapsedTime.stamp(startMs, snapshot.atMs()) + "  == waiting: " + queues + " | agents: " + agents;
    }

    private static String label(AgentState state) {
        return switch (state) {
            case LOGGED_OUT -> "logged out";
            case NOT_READY -> "not ready";
            case READY -> "ready";
            case RESERVED -> "ringing";
            case ON_CALL -> "on call";
            case WRAP_UP -> "wrap-up";
        };
    }
}
