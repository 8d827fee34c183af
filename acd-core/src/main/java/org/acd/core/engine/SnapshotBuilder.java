package org.acd.core.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.acd.core.api.AgentState;
import org.acd.core.api.CallState;
import org.acd.core.view.AgentView;
import org.acd.core.view.CallView;
import org.acd.core.view.ConfigReloads;
import org.acd.core.view.EngineSnapshot;
import org.acd.core.view.QueueView;

/** Copies the engine's state into immutable views; O(calls + agents + ready entries), engine thread. */
final class SnapshotBuilder {

    private final RoutingTopology topology;
    private final CallRouter router;
    private final Timers timers;
    private final long atMs;
    private final long rejectedEvents;
    private final ConfigReloads reloads;

    SnapshotBuilder(RoutingTopology topology, CallRouter router, Timers timers, long atMs, long rejectedEvents,
                    ConfigReloads reloads) {
        this.topology = topology;
        this.router = router;
        this.timers = timers;
        this.atMs = atMs;
        this.rejectedEvents = rejectedEvents;
        this.reloads = reloads;
    }

    EngineSnapshot build() {
        List<CallView> calls = new ArrayList<>();
        router.forEachCall(call -> calls.add(view(call)));
        calls.sort(Comparator.comparingLong(CallView::id));
        List<AgentView> agents = topology.agents.values().stream().map(SnapshotBuilder::view).toList();
        Map<String, Long> oldestWaitingEntry = new HashMap<>();
        calls.stream().filter(call -> call.state() == CallState.QUEUED || call.state() == CallState.OFFERED
                        || call.state() == CallState.CALLBACK_PENDING || call.state() == CallState.CALLING_BACK)
                .forEach(call -> oldestWaitingEntry.merge(call.queueId(), call.entryMs(), Math::min));
        List<QueueView> queues = topology.queues.values().stream()
                .map(queue -> view(queue, oldestWaitingEntry.getOrDefault(queue.id(), Long.MIN_VALUE))).toList();
        return new EngineSnapshot(atMs, router.offersMade(), timers.armedCount(), rejectedEvents, queues, agents, calls,
                reloads);
    }

    private static QueueView view(RoutedQueue queue, long oldest) {
        Bucket base = queue.buckets[0][0];
        return new QueueView(queue.id(), queue.waitingCalls, oldest, base.loggedInAgents, base.readyAgents.liveCount(),
                queue.agentsIn(AgentState.RESERVED) + queue.agentsIn(AgentState.ON_CALL),
                queue.agentsIn(AgentState.WRAP_UP), queue.handleTimes.meanMs(),
                WaitEstimator.estimateForJoiningMs(queue));
    }

    private static AgentView view(Agent agent) {
        return new AgentView(agent.id(), agent.state, agent.reason, agent.stateSinceMs, agent.idleSinceMs,
                agent.deviceReachable, agent.routable, agent.call == null ? 0 : agent.call.id,
                agent.pendingNotReadyReason == null ? "" : agent.pendingNotReadyReason, agent.pendingLogout,
                agent.handleMsSinceLogin, agent.lastOfferNumber, agent.ringNoAnswerCount,
                agent.wrapUpTimer.dueMsOrNone());
    }

    private static CallView view(Call call) {
        int position = CallRouter.positionOf(call);
        return new CallView(call.id, call.queue == null ? "" : call.queue.id(), call.tier.id(), call.callerNumber,
                call.state, call.entryMs, call.queueEntryMs, call.stepsApplied, call.priority,
                call.bucket == null ? "" : call.bucket.requirement.toString(),
                call.agent == null ? "" : call.agent.id(), call.offeredAtMs, call.connectedAtMs,
                call.stepTimer.dueMsOrNone(), call.ringTimer.dueMsOrNone(), extraSkills(call),
                call.callbackNumber == null ? "" : call.callbackNumber, call.callbackAttempts,
                call.retryDueMsOrNone(), position, position == 0 ? WaitEstimator.UNKNOWN
                        : WaitEstimator.estimateMs(call.queue, position));
    }

    private static Map<String, Integer> extraSkills(Call call) {
        Map<String, Integer> skills = new TreeMap<>();
        call.extraSkills.forEach(skill -> skills.put(skill.skill(), skill.minProficiency()));
        return skills;
    }
}
