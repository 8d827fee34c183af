package org.acd.core.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.acd.core.api.AcdCommands;
import org.acd.core.api.AcdEvents;
import org.acd.core.api.AgentState;
import org.acd.core.api.CallState;
import org.acd.core.api.CallbackFailure;
import org.acd.core.api.ConfigReload;
import org.acd.core.api.ExitAction;
import org.acd.core.api.NotReadyReasons;
import org.acd.core.api.Party;
import org.acd.core.api.QueueRequest;
import org.acd.core.api.RoutingOutcomes;
import org.acd.core.model.InvalidConfigException;
import org.acd.core.model.RoutingConfig;
import org.acd.core.model.SkillRequirement;
import org.acd.core.view.ConfigReloads;
import org.acd.core.view.EngineSnapshot;

/**
 * The routing engine: all call, agent and queue state, changed only by {@link AcdEvents} on one
 * thread, with no locks. It reads no clock: time comes with each event, and timers fire when an
 * event's time passes them, so a replay or a simulation makes exactly the same decisions.
 *
 * <p>An event that cannot apply (unknown agent, a call that is not ringing that agent) changes
 * nothing and is reported through {@link RoutingOutcomes#eventRejected}, never thrown. Commands go
 * out through {@link AcdCommands} as decisions are made.
 *
 * <p>Not thread-safe by design: the runtime calls it from the Disruptor's engine thread only.
 */
public final class RoutingEngine implements AcdEvents {

    private final RoutingTopology topology;
    private final EventTime time = new EventTime();
    private final Timers timers = new Timers();
    private final CallRouter router;
    private final ConfigReloader reloader;
    private final RoutingOutcomes outcomes;
    private long rejectedEvents;
    private ConfigReloads reloads = ConfigReloads.NONE;
    private RoutingConfig config;

    public RoutingEngine(RoutingConfig config, AcdCommands commands, RoutingOutcomes outcomes) {
        this.config = config;
        this.topology = new RoutingTopology(config);
        this.outcomes = outcomes;
        this.router = new CallRouter(topology, time, timers, commands, outcomes);
        this.reloader = new ConfigReloader(topology, router, timers);
    }

    @Override
    public void callQueued(long nowMs, long callId, String queueId, String tierId, String callerNumber,
                           QueueRequest request) {
        advanceTo(nowMs);
        RoutedQueue queue = topology.queues.get(queueId);
        Tier tier = topology.tiers.get(tierId);
        QueueRequest asked = request == null ? QueueRequest.NONE : request;
        Map<String, Integer> extraSkills = asked.extraSkills();
        String badSkills = extraSkills.isEmpty() ? "" : topology.problemsWith(extraSkills);
        if (callId <= 0) {
            reject("callQueued(call " + callId + "): call ids must be positive");
        } else if (queue == null) {
            reject("callQueued(call " + callId + "): unknown queue '" + queueId + "'");
        } else if (tier == null) {
            reject("callQueued(call " + callId + "): unknown tier '" + tierId + "'");
        } else if (!badSkills.isEmpty()) {
            reject("callQueued(call " + callId + "): extra skills " + badSkills);
        } else if (router.call(callId) != null) {
            reject("callQueued(call " + callId + "): the call is already queued");
        } else {
            router.arrive(new Call(callId, tier, callerNumber, time.nowMs(), skillList(extraSkills),
                    asked.extraPriority(), asked.callbackOfferAfterWaitMs()), queue);
        }
    }

    private static List<SkillRequirement> skillList(Map<String, Integer> skills) {
        if (skills.isEmpty()) {
            return List.of();
        }
        List<SkillRequirement> list = new ArrayList<>(skills.size());
        skills.forEach((skill, minProficiency) -> list.add(new SkillRequirement(skill, minProficiency)));
        return list;
    }

    @Override
    public void callbackRequested(long nowMs, long callId, String numberToCall) {
        advanceTo(nowMs);
        Call call = router.call(callId);
        if (call == null) {
            reject("callbackRequested: unknown call " + callId);
        } else if (call.isCallback()) {
            reject("callbackRequested: call " + callId + " has a callback already");
        } else if (call.state != CallState.QUEUED && call.state != CallState.OFFERED) {
            reject("callbackRequested: call " + callId + " is " + call.state + ", not waiting");
        } else if (numberToCall == null || numberToCall.isBlank()) {
            reject("callbackRequested: call " + callId + " names no number to call");
        } else {
            router.callbacks().request(call, numberToCall);
        }
    }

    @Override
    public void callbackAnswered(long nowMs, long callId) {
        advanceTo(nowMs);
        Call call = router.call(callId);
        if (call == null || call.state != CallState.CALLING_BACK) {
            reject("callbackAnswered: no callback is being placed for call " + callId);
        } else {
            router.callbacks().answered(call);
        }
    }

    @Override
    public void callbackFailed(long nowMs, long callId, CallbackFailure reason) {
        advanceTo(nowMs);
        Call call = router.call(callId);
        if (call == null || call.state != CallState.CALLING_BACK) {
            reject("callbackFailed: no callback is being placed for call " + callId);
        } else {
            router.callbacks().attemptFailed(call, reason == null ? CallbackFailure.UNREACHABLE : reason);
        }
    }

    @Override
    public void callMoved(long nowMs, long callId, String queueId) {
        advanceTo(nowMs);
        Call call = waitingCall("callMoved", callId);
        RoutedQueue queue = topology.queues.get(queueId);
        if (call == null) {
            return;
        }
        if (queue == null) {
            reject("callMoved: unknown queue '" + queueId + "'");
        } else if (queue == call.queue) {
            reject("callMoved: call " + callId + " is in " + queueId + " already");
        } else {
            router.supervisor().move(call, queue);
        }
    }

    @Override
    public void callPriorityChanged(long nowMs, long callId, int priority) {
        advanceTo(nowMs);
        Call call = waitingCall("callPriorityChanged", callId);
        if (call != null) {
            router.supervisor().changePriority(call, priority);
        }
    }

    @Override
    public void callSentOut(long nowMs, long callId, ExitAction action, String target) {
        advanceTo(nowMs);
        Call call = waitingCall("callSentOut", callId);
        if (call == null) {
            return;
        }
        if (action == null || action == ExitAction.QUEUE) {
            reject("callSentOut: call " + callId + " needs voicemail, transfer, callback or hangup (a move is callMoved)");
        } else {
            router.supervisor().sendOut(call, action, target == null ? "" : target);
        }
    }

    /** The call if no agent answered it yet (queued, ringing or waiting for a callback); else rejected, null. */
    private Call waitingCall(String event, long callId) {
        Call call = router.call(callId);
        if (call == null) {
            reject(event + ": unknown call " + callId);
            return null;
        }
        if (call.state == CallState.CONNECTED || call.state == CallState.CALLING_BACK) {
            reject(event + ": call " + callId + " is " + call.state + ", not waiting");
            return null;
        }
        return call;
    }

    @Override
    public void callerHungUp(long nowMs, long callId) {
        advanceTo(nowMs);
        Call call = router.call(callId);
        if (call == null) {
            reject("callerHungUp: unknown call " + callId);
        } else {
            router.callerHungUp(call);
        }
    }

    @Override
    public void agentHungUp(long nowMs, long callId) {
        advanceTo(nowMs);
        Call call = router.call(callId);
        if (call == null || call.state != CallState.CONNECTED) {
            reject("agentHungUp: call " + callId + " is not connected");
        } else {
            router.complete(call, Party.AGENT);
        }
    }

    @Override
    public void agentAnswered(long nowMs, String agentId, long callId) {
        advanceTo(nowMs);
        Agent agent = agent("agentAnswered", agentId);
        if (agent == null) {
            return;
        }
        Call call = callRinging(callId, agent);
        if (call == null) {
            router.hangUpLateAnswer(callId, agent);
            reject("agentAnswered: call " + callId + " is not ringing agent '" + agentId
                    + "' (answered too late); the agent's leg is hung up");
        } else {
            router.answer(call);
        }
    }

    @Override
    public void offerFailed(long nowMs, String agentId, long callId) {
        advanceTo(nowMs);
        Agent agent = agent("offerFailed", agentId);
        if (agent == null) {
            return;
        }
        Call call = callRinging(callId, agent);
        if (call == null) {
            reject("offerFailed: call " + callId + " is not ringing agent '" + agentId + "'");
        } else {
            router.takeBackOffer(call, AgentState.NOT_READY, NotReadyReasons.OFFER_FAILED);
        }
    }

    @Override
    public void agentLoggedIn(long nowMs, String agentId) {
        advanceTo(nowMs);
        Agent agent = agent("agentLoggedIn", agentId);
        if (agent == null) {
            return;
        }
        if (agent.state != AgentState.LOGGED_OUT) {
            reject("agentLoggedIn: agent '" + agentId + "' is already logged in");
            return;
        }
        for (AgentInBucket membership : agent.memberships) {
            membership.bucket.loggedInAgents++;
        }
        agent.handleMsSinceLogin = 0;
        agent.ringNoAnswerCount = 0;
        router.agents().setAgentState(agent, AgentState.READY, "");
    }

    @Override
    public void agentLoggedOut(long nowMs, String agentId) {
        advanceTo(nowMs);
        Agent agent = loggedInAgent("agentLoggedOut", agentId);
        if (agent == null) {
            return;
        }
        switch (agent.state) {
            case ON_CALL -> agent.pendingLogout = true;
            case RESERVED -> {
                router.withdrawOffer(agent);
                router.agents().logOut(agent);
            }
            default -> router.agents().logOut(agent);
        }
    }

    @Override
    public void agentReady(long nowMs, String agentId) {
        advanceTo(nowMs);
        Agent agent = loggedInAgent("agentReady", agentId);
        if (agent == null) {
            return;
        }
        agent.pendingNotReadyReason = null;
        agent.pendingLogout = false;
        switch (agent.state) {
            case NOT_READY -> router.agents().setAgentState(agent, AgentState.READY, "");
            case WRAP_UP -> router.agents().endWrapUp(agent);
            default -> {
                // READY and RESERVED already take calls; ON_CALL drops what was pending, above.
            }
        }
    }

    @Override
    public void agentNotReady(long nowMs, String agentId, String reason) {
        advanceTo(nowMs);
        Agent agent = loggedInAgent("agentNotReady", agentId);
        if (agent == null) {
            return;
        }
        String why = reason == null || reason.isBlank() ? NotReadyReasons.UNSPECIFIED : reason;
        switch (agent.state) {
            case ON_CALL, WRAP_UP -> agent.pendingNotReadyReason = why;
            case RESERVED -> {
                router.withdrawOffer(agent);
                router.agents().setAgentState(agent, AgentState.NOT_READY, why);
            }
            default -> router.agents().setAgentState(agent, AgentState.NOT_READY, why);
        }
    }

    @Override
    public void agentDeviceChanged(long nowMs, String agentId, boolean reachable) {
        advanceTo(nowMs);
        Agent agent = agent("agentDeviceChanged", agentId);
        if (agent == null || agent.deviceReachable == reachable) {
            return;
        }
        agent.deviceReachable = reachable;
        if (reachable) {
            router.agents().routeIfAvailable(agent);
        } else {
            router.agents().makeUnroutable(agent);
        }
    }

    /** Applies the whole configuration or, rejected with every reason, none of it: see {@link ConfigReloader}. */
    @Override
    public void configReloaded(long nowMs, ConfigReload reload) {
        advanceTo(nowMs);
        List<String> problems;
        RoutingConfig config = null;
        try {
            config = reload.config();
            problems = reloader.conflictsWith(config);
        } catch (InvalidConfigException e) {
            problems = e.problems();
        } catch (IllegalArgumentException e) {
            problems = List.of(e.getMessage());
        }
        if (problems.isEmpty()) {
            reloader.apply(config);
            this.config = config;
            reloads = reloads.afterApplied();
        } else {
            String reason = "configReloaded: nothing changed: " + String.join("; ", problems);
            reloads = reloads.afterRejected(reason);
            reject(reason);
        }
    }

    @Override
    public void timeAdvanced(long nowMs) {
        advanceTo(nowMs);
    }

    /** The whole state as immutable views; O(calls + agents + buckets). Engine thread only. */
    public EngineSnapshot snapshot() {
        return new SnapshotBuilder(topology, router, timers, time.nowMs(), rejectedEvents, reloads).build();
    }

    /**
     * The wait a caller joining {@code queueId} now could expect, the figure the queue's snapshot view
     * carries ({@link org.acd.core.view.QueueView#estimatedWaitMs}), without building a snapshot: O(1),
     * for a simulation that asks at every arrival. -1 when no estimate can be made or no such queue
     * exists. Engine thread only.
     */
    public long estimatedWaitMs(String queueId) {
        RoutedQueue queue = topology.queues.get(queueId);
        return queue == null ? WaitEstimator.UNKNOWN : WaitEstimator.estimateForJoiningMs(queue);
    }

    /**
     * When the engine's earliest timer (ring timeout, wrap-up end, overflow step, max wait) is due,
     * {@link Long#MAX_VALUE} when none is armed. Read-only: a virtual-time driver calls
     * {@link #timeAdvanced} at that time so the commands a timer causes are issued when they happen.
     * Engine thread only.
     */
    public long nextTimerDueMs() {
        return timers.nextDueMs();
    }

    /** The configuration routing follows: the one built with, or the last reload applied. Engine thread only. */
    public RoutingConfig config() {
        return config;
    }

    public long rejectedEvents() {
        return rejectedEvents;
    }

    /** Fires every timer due by {@code eventMs}, each at its own due time, then moves time on. */
    private void advanceTo(long eventMs) {
        Timer due;
        while ((due = timers.pollDue(eventMs)) != null) {
            time.advanceTo(due.dueMs());
            fire(due);
        }
        time.advanceTo(eventMs);
    }

    private void fire(Timer timer) {
        switch (timer.kind) {
            case QUEUE_STEP -> router.stepDue(timer.call);
            case RING_TIMEOUT -> router.ringTimedOut(timer.call);
            case WRAP_UP_END -> router.agents().endWrapUp(timer.agent);
            case CALLBACK_RETRY -> router.callbacks().retry(timer.call);
            case ANNOUNCE -> router.announcer().due(timer.call);
        }
    }

    /** The call if it is ringing this agent now, else null. */
    private Call callRinging(long callId, Agent agent) {
        Call call = router.call(callId);
        return call != null && call.state == CallState.OFFERED && call.agent == agent ? call : null;
    }

    private Agent agent(String event, String agentId) {
        Agent agent = topology.agents.get(agentId);
        if (agent == null) {
            reject(event + ": unknown agent '" + agentId + "'");
        }
        return agent;
    }

    private Agent loggedInAgent(String event, String agentId) {
        Agent agent = agent(event, agentId);
        if (agent != null && agent.state == AgentState.LOGGED_OUT) {
            reject(event + ": agent '" + agentId + "' is not logged in");
            return null;
        }
        return agent;
    }

    private void reject(String reason) {
        rejectedEvents++;
        outcomes.eventRejected(time.nowMs(), reason);
    }
}
