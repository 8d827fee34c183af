package org.acd.server.admin;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.acd.core.api.AgentState;
import org.acd.core.runtime.PipelineCounters;
import org.acd.core.view.AgentView;
import org.acd.core.view.CallView;
import org.acd.core.view.EngineSnapshot;
import org.acd.core.view.QueueView;

/**
 * The admin API's JSON shapes, cut from an engine snapshot. They are the contract with acdctl and
 * any other client, kept apart from the engine's views so that the engine can change without the
 * API changing; the engine's "none" sentinels become JSON nulls. Pure functions, any thread.
 */
final class ApiViews {

    private ApiViews() {
    }

    /** A queue; {@code longestWaitMs} is 0 when nobody waits. */
    record Queue(String id, int waitingCalls, long longestWaitMs, int agentsLoggedIn, int agentsReady) {
    }

    record Agent(String id, String name, AgentState state, String reason, long stateSinceMs, long inStateMs,
                 Long callId, boolean deviceReachable, boolean routable, String pendingNotReadyReason,
                 boolean pendingLogout, int ringNoAnswerCount) {
    }

    record Call(long id, String queue, String tier, String callerNumber, String state, long entryMs, long waitMs,
                int priority, String requirement, String agent) {
    }

    record Queues(long atMs, List<Queue> queues) {
    }

    record Agents(long atMs, List<Agent> agents) {
    }

    record Calls(long atMs, List<Call> calls) {
    }

    /** What the live stream sends once a second. */
    record Wallboard(long atMs, List<Queue> queues, List<Agent> agents, List<Call> calls) {
    }

    record Engine(long atMs, long eventsApplied, long eventsReplayed, long rejectedEvents, long poisonEvents,
                  long journalFailures, long commandFailures, long offersMade, int ringSize, long ringBacklog) {
    }

    record Totals(int queues, int agents, Map<AgentState, Integer> agentsByState, int callsWaiting, int callsLive,
                  long longestWaitMs) {
    }

    record Status(String version, long startedAtMs, long uptimeMs, Engine engine, Totals totals) {
    }

    static Queue queue(QueueView view, long atMs) {
        long longestWaitMs = view.waitingCalls() == 0 ? 0 : Math.max(0, atMs - view.oldestEntryMs());
        return new Queue(view.id(), view.waitingCalls(), longestWaitMs, view.agentsLoggedIn(), view.agentsReady());
    }

    static Agent agent(AgentView view, String name, long atMs) {
        return new Agent(view.id(), name, view.state(), emptyToNull(view.reason()), view.stateSinceMs(),
                Math.max(0, atMs - view.stateSinceMs()), view.callId() == 0 ? null : view.callId(),
                view.deviceReachable(), view.routable(), emptyToNull(view.pendingNotReadyReason()),
                view.pendingLogout(), view.ringNoAnswerCount());
    }

    static Call call(CallView view, long atMs) {
        return new Call(view.id(), view.queueId(), view.tierId(), view.callerNumber(), view.state().name(),
                view.entryMs(), Math.max(0, atMs - view.entryMs()), view.priority(), view.requirement(),
                emptyToNull(view.agentId()));
    }

    static Queues queues(EngineSnapshot snapshot) {
        return new Queues(snapshot.atMs(), snapshot.queues().stream().map(q -> queue(q, snapshot.atMs())).toList());
    }

    static Agents agents(EngineSnapshot snapshot, Map<String, String> names) {
        return new Agents(snapshot.atMs(), snapshot.agents().stream()
                .map(a -> agent(a, names.getOrDefault(a.id(), a.id()), snapshot.atMs())).toList());
    }

    static Calls calls(EngineSnapshot snapshot) {
        return new Calls(snapshot.atMs(), snapshot.calls().stream().map(c -> call(c, snapshot.atMs())).toList());
    }

    static Wallboard wallboard(EngineSnapshot snapshot, Map<String, String> names) {
        return new Wallboard(snapshot.atMs(), queues(snapshot).queues(), agents(snapshot, names).agents(),
                calls(snapshot).calls());
    }

    static Status status(String version, long startedAtMs, long nowMs, EngineSnapshot snapshot,
                         PipelineCounters counters, int ringSize, long ringRemainingCapacity) {
        Engine engine = new Engine(snapshot.atMs(), counters.eventsApplied(), counters.eventsReplayed(),
                snapshot.rejectedEvents(), counters.poisonEvents(), counters.journalFailures(),
                counters.commandFailures(), snapshot.offersMade(), ringSize, ringSize - ringRemainingCapacity);
        Map<AgentState, Integer> byState = new EnumMap<>(AgentState.class);
        for (AgentState state : AgentState.values()) {
            byState.put(state, 0);
        }
        snapshot.agents().forEach(agent -> byState.merge(agent.state(), 1, Integer::sum));
        int waiting = 0;
        long longestWaitMs = 0;
        for (QueueView view : snapshot.queues()) {
            waiting += view.waitingCalls();
            longestWaitMs = Math.max(longestWaitMs, queue(view, snapshot.atMs()).longestWaitMs());
        }
        Totals totals = new Totals(snapshot.queues().size(), snapshot.agents().size(), new LinkedHashMap<>(byState),
                waiting, snapshot.calls().size(), longestWaitMs);
        return new Status(version, startedAtMs, Math.max(0, nowMs - startedAtMs), engine, totals);
    }

    private static String emptyToNull(String text) {
        return text == null || text.isEmpty() ? null : text;
    }
}
