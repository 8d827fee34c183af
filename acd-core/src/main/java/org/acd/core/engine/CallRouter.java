package org.acd.core.engine;

import java.util.Map;
import java.util.function.Consumer;
import org.acd.core.api.AcdCommands;
import org.acd.core.api.AgentState;
import org.acd.core.api.CallbackFailure;
import org.acd.core.api.CallState;
import org.acd.core.api.ExitReason;
import org.acd.core.api.NotReadyReasons;
import org.acd.core.api.Party;
import org.acd.core.api.RoutingOutcomes;
import org.acd.core.model.CallbackPolicy;
import org.acd.core.model.OverflowStep;
import org.acd.core.model.QueueExit;
import org.agrona.collections.Long2ObjectHashMap;

/**
 * Moves calls through queues and matches them with agents. Two decisions, both without scanning:
 * <ul>
 *   <li>A call joins a bucket: offer it to the head of the bucket's ready agents, O(1) plus the stale
 *       entries dropped on the way (see {@link ReadyAgents}).</li>
 *   <li>An agent becomes routable: look at the first call of each bucket it is eligible for (O(1) each)
 *       and take the one with the highest effective priority, then the oldest: O(B + log C), B the
 *       agent's buckets, C the calls in the chosen bucket.</li>
 * </ul>
 * Hence the invariant the randomized test checks: in every bucket the waiting calls or the ready
 * agents are empty. Runs on the engine thread only.
 */
final class CallRouter {

    /** A call whose agent is being rung is at the front of its queue: it is being served. */
    private static final int RINGING_POSITION = 1;

    private final Long2ObjectHashMap<Call> calls = new Long2ObjectHashMap<>();
    private final RoutingTopology topology;
    private final Map<String, RoutedQueue> queues;
    private final EventTime time;
    private final Timers timers;
    private final AcdCommands commands;
    private final RoutingOutcomes outcomes;
    private long offersMade;

    CallRouter(RoutingTopology topology, EventTime time, Timers timers, AcdCommands commands,
               RoutingOutcomes outcomes) {
        this.topology = topology;
        this.queues = topology.queues;
        this.time = time;
        this.timers = timers;
        this.commands = commands;
        this.outcomes = outcomes;
    }

    Call call(long callId) {
        return calls.get(callId);
    }

    void forEachCall(Consumer<Call> visitor) {
        calls.values().forEach(visitor);
    }

    long offersMade() {
        return offersMade;
    }

    void arrive(Call call, RoutedQueue queue) {
        calls.put(call.id, call);
        joinOrDivert(call, queue);
    }

    // ---- queues: join, overflow steps, exits

    /** A callback moved by an overflow step keeps its promise: it joins the next queue, full or not. */
    private void joinOrDivert(Call call, RoutedQueue queue) {
        Bucket[] levels = topology.levelsFor(queue, call.tier, call.extraSkills);
        if (call.isCallback()) {
            join(call, queue, levels);
        } else if (queue.isFull()) {
            divert(call, queue, queue.config.onFull(), ExitReason.QUEUE_FULL);
        } else if (queue.config.whenNoAgents().isPresent() && levels[0].loggedInAgents == 0) {
            divert(call, queue, queue.config.whenNoAgents().get(), ExitReason.NO_AGENTS);
        } else {
            join(call, queue, levels);
        }
    }

    private void join(Call call, RoutedQueue queue, Bucket[] levels) {
        long nowMs = time.nowMs();
        call.queue = queue;
        call.levels = levels;
        call.queueEntryMs = nowMs;
        call.stepsApplied = 0;
        call.keyForWaiting(time.epochMs());
        queue.waitingCalls++;
        outcomes.callEnteredQueue(nowMs, call.id, queue.id(), call.tier.id(), queue.positionOf(call));
        place(call);
    }

    /** Leaves the queue it is in, by its exit: to another queue, or out of the engine. */
    private void leave(Call call, QueueExit exit, ExitReason reason) {
        RoutedQueue queue = call.queue;
        queue.waitingCalls--;
        timers.cancel(call.stepTimer);
        divert(call, queue, exit, reason);
    }

    private void divert(Call call, RoutedQueue from, QueueExit exit, ExitReason reason) {
        long nowMs = time.nowMs();
        if (exit.movesWithinServer()) {
            outcomes.callOverflowed(nowMs, call.id, from.id(), exit.target(), reason);
            joinOrDivert(call, queues.get(exit.target()));
            return;
        }
        CallState finalState = reason == ExitReason.MAX_WAIT ? CallState.TIMED_OUT : CallState.OVERFLOWED;
        outcomes.callExited(nowMs, call.id, from.id(), nowMs - call.entryMs, finalState, reason, exit.action(),
                exit.target());
        commands.exitQueue(call.id, exit.action(), exit.target());
        finish(call, finalState);
    }

    /**
     * Puts a queued call where it belongs now: applies the overflow steps that are due, leaves on
     * max wait, then offers it to a ready agent of its bucket or waits there. O(log n).
     */
    private void place(Call call) {
        long nowMs = time.nowMs();
        RoutedQueue queue = call.queue;
        while (call.stepsApplied < queue.steps().size()
                && call.queueEntryMs + queue.steps().get(call.stepsApplied).afterMs() <= nowMs) {
            OverflowStep step = queue.steps().get(call.stepsApplied++);
            if (step instanceof OverflowStep.RaisePriority raise) {
                call.priority += raise.points();
            } else if (step instanceof OverflowStep.MoveToQueue move) {
                leave(call, QueueExit.toQueue(move.queueId()), ExitReason.OVERFLOW_STEP);
                return;
            }
        }
        long maxWaitMs = maxWaitMs(call);
        if (maxWaitMs > 0 && call.queueEntryMs + maxWaitMs <= nowMs) {
            leave(call, queue.config.onMaxWait(), ExitReason.MAX_WAIT);
            return;
        }
        call.bucket = queue.bucketFor(call);
        call.keyForWaiting(time.epochMs());
        Agent readyAgent = call.bucket.readyAgents.peek();
        if (readyAgent != null) {
            offer(call, readyAgent);
            return;
        }
        call.bucket.waitingCalls.add(call);
        armStepTimer(call);
    }

    private void armStepTimer(Call call) {
        RoutedQueue queue = call.queue;
        long dueMs = Long.MAX_VALUE;
        if (call.stepsApplied < queue.steps().size()) {
            dueMs = call.queueEntryMs + queue.steps().get(call.stepsApplied).afterMs();
        }
        if (maxWaitMs(call) > 0) {
            dueMs = Math.min(dueMs, call.queueEntryMs + maxWaitMs(call));
        }
        if (dueMs != Long.MAX_VALUE) {
            timers.arm(call.stepTimer, dueMs);
        }
    }

    /** The queue's max wait; none for a callback, whose customer was promised a call. */
    private static long maxWaitMs(Call call) {
        return call.isCallback() ? 0 : call.queue.config.maxWaitMs();
    }

    /** The step timer fired: take the call out of its bucket and place it again. */
    void stepDue(Call call) {
        call.bucket.waitingCalls.remove(call);
        place(call);
    }

    // ---- offers and answers

    /** The agent takes the call: its phone rings, or for a callback the customer is called first. */
    private void offer(Call call, Agent agent) {
        long nowMs = time.nowMs();
        timers.cancel(call.stepTimer);
        boolean callback = call.state == CallState.CALLBACK_PENDING;
        call.state = callback ? CallState.CALLING_BACK : CallState.OFFERED;
        call.agent = agent;
        call.offeredAtMs = nowMs;
        agent.call = call;
        agent.lastOfferNumber = ++offersMade;
        if (callback) {
            call.callbackAttempts++;
            outcomes.callbackAttempted(nowMs, call.id, call.queue.id(), agent.id(), call.callbackAttempts);
        } else {
            outcomes.callOffered(nowMs, call.id, call.queue.id(), agent.id());
        }
        setAgentState(agent, AgentState.RESERVED, "");
        if (callback) {
            timers.arm(call.ringTimer, nowMs + call.queue.config.callback().answerTimeoutMs());
            commands.placeCallback(call.id, agent.id(), agent.config.endpoint(), call.callbackNumber);
        } else {
            timers.arm(call.ringTimer, nowMs + call.queue.config.ringTimeoutMs());
            commands.offerCall(call.id, agent.id(), agent.config.endpoint());
        }
    }

    void answer(Call call) {
        long nowMs = time.nowMs();
        Agent agent = call.agent;
        timers.cancel(call.ringTimer);
        call.state = CallState.CONNECTED;
        call.connectedAtMs = nowMs;
        call.queue.waitingCalls--;
        setAgentState(agent, AgentState.ON_CALL, "");
        outcomes.callAnswered(nowMs, call.id, call.queue.id(), agent.id(), nowMs - call.entryMs);
        commands.connectCall(call.id, agent.id());
    }

    /**
     * The ring timeout fired: RONA. The agent stops being offered calls; the call keeps its place.
     * For a callback whose customer has not answered, the attempt failed instead.
     */
    void ringTimedOut(Call call) {
        long nowMs = time.nowMs();
        if (call.state == CallState.CALLING_BACK) {
            commands.cancelOffer(call.id, call.agent.id());
            callbackAttemptFailed(call, CallbackFailure.NO_ANSWER);
            return;
        }
        Agent agent = call.agent;
        agent.ringNoAnswerCount++;
        outcomes.ringNoAnswer(nowMs, call.id, call.queue.id(), agent.id(), nowMs - call.offeredAtMs);
        commands.cancelOffer(call.id, agent.id());
        takeBackOffer(call, AgentState.NOT_READY, NotReadyReasons.RONA);
    }

    /** The agent asked to stop taking calls while its phone rang: the call goes back to its place. */
    void withdrawOffer(Agent agent) {
        Call call = agent.call;
        commands.cancelOffer(call.id, agent.id());
        detachOffer(call);
        place(call);
    }

    /** An answer for a call that no longer rings this agent: hang up that leg, change nothing else. */
    void hangUpLateAnswer(long callId, Agent agent) {
        commands.cancelOffer(callId, agent.id());
    }

    /** The offer ends without an answer: the agent moves to {@code agentState}, the call goes back. */
    void takeBackOffer(Call call, AgentState agentState, String reason) {
        Agent agent = call.agent;
        detachOffer(call);
        setAgentState(agent, agentState, reason);
        place(call);
    }

    /** An offer taken back; a callback attempt taken back before the customer answered does not count. */
    private void detachOffer(Call call) {
        timers.cancel(call.ringTimer);
        call.agent.call = null;
        call.agent = null;
        if (call.state == CallState.CALLING_BACK) {
            call.callbackAttempts--;
            call.state = CallState.CALLBACK_PENDING;
        } else {
            call.state = CallState.QUEUED;
        }
    }

    // ---- callbacks

    /**
     * The caller accepted a callback: the call stays where it is, keys and all, without a caller
     * on the line, and no longer has a max wait. A phone ringing for it stops, and that agent is
     * free again once the call is back in place.
     */
    void requestCallback(Call call, String numberToCall) {
        long nowMs = time.nowMs();
        Agent ringing = call.state == CallState.OFFERED ? call.agent : null;
        int position = ringing != null ? RINGING_POSITION : call.queue.positionOf(call);
        if (ringing != null) {
            commands.cancelOffer(call.id, ringing.id());
            detachOffer(call);
        }
        call.state = CallState.CALLBACK_PENDING;
        call.callbackNumber = numberToCall;
        outcomes.callbackRequested(nowMs, call.id, call.queue.id(), nowMs - call.entryMs, position);
        if (ringing != null) {
            place(call);
            setAgentState(ringing, AgentState.READY, "");
        } else {
            timers.cancel(call.stepTimer);
            armStepTimer(call);
        }
    }

    /** The customer answered: the agent's phone rings now, under the queue's ring timeout. */
    void callbackAnswered(Call call) {
        long nowMs = time.nowMs();
        call.state = CallState.OFFERED;
        call.offeredAtMs = nowMs;
        outcomes.callbackAnswered(nowMs, call.id, call.queue.id(), call.agent.id(), call.callbackAttempts);
        timers.arm(call.ringTimer, nowMs + call.queue.config.ringTimeoutMs());
    }

    /**
     * The attempt did not reach the customer: the agent is free again, and the call waits out the
     * retry interval outside its bucket, or has failed after the queue's last attempt.
     */
    void callbackAttemptFailed(Call call, CallbackFailure reason) {
        long nowMs = time.nowMs();
        Agent agent = call.agent;
        timers.cancel(call.ringTimer);
        agent.call = null;
        call.agent = null;
        CallbackPolicy policy = call.queue.config.callback();
        boolean retry = call.callbackAttempts < policy.maxAttempts();
        long retryAtMs = retry ? nowMs + policy.retryIntervalMs() : 0;
        outcomes.callbackAttemptFailed(nowMs, call.id, call.queue.id(), agent.id(), call.callbackAttempts, reason,
                retryAtMs);
        if (retry) {
            call.state = CallState.CALLBACK_PENDING;
            timers.arm(call.retryTimer, retryAtMs);
        } else {
            failCallback(call);
        }
        setAgentState(agent, AgentState.READY, "");
    }

    /** The retry interval passed: the call takes its place again, with its original entry time. */
    void retryCallback(Call call) {
        place(call);
    }

    private void failCallback(Call call) {
        long nowMs = time.nowMs();
        call.queue.waitingCalls--;
        outcomes.callbackFailed(nowMs, call.id, call.queue.id(), nowMs - call.entryMs, call.callbackAttempts);
        finish(call, CallState.CALLBACK_FAILED);
    }

    // ---- endings

    /**
     * A caller's leg hung up. While a callback waits or is being placed that is the leg the caller
     * left, which changes nothing; a customer who answered a callback and hangs up before an agent
     * does fails it, never abandons.
     */
    void callerHungUp(Call call) {
        long nowMs = time.nowMs();
        if (call.isCallback() && (call.state == CallState.QUEUED || call.state == CallState.OFFERED)) {
            customerLeftCallback(call);
            return;
        }
        switch (call.state) {
            case CALLBACK_PENDING, CALLING_BACK -> {
                // the leg the caller left when accepting the callback
            }
            case QUEUED -> {
                int position = call.queue.positionOf(call);
                call.bucket.waitingCalls.remove(call);
                call.queue.waitingCalls--;
                outcomes.callAbandoned(nowMs, call.id, call.queue.id(), nowMs - call.entryMs, position, false);
                finish(call, CallState.ABANDONED);
            }
            case OFFERED -> {
                Agent agent = call.agent;
                commands.cancelOffer(call.id, agent.id());
                call.queue.waitingCalls--;
                outcomes.callAbandoned(nowMs, call.id, call.queue.id(), nowMs - call.entryMs, RINGING_POSITION, true);
                agent.call = null;
                finish(call, CallState.ABANDONED);
                setAgentState(agent, AgentState.READY, "");
            }
            case CONNECTED -> complete(call, Party.CALLER);
            default -> throw new IllegalStateException("call " + call.id + " is already " + call.state);
        }
    }

    private void customerLeftCallback(Call call) {
        long nowMs = time.nowMs();
        Agent agent = call.agent;
        if (agent != null) {
            commands.cancelOffer(call.id, agent.id());
            timers.cancel(call.ringTimer);
            agent.call = null;
            call.agent = null;
        } else {
            call.bucket.waitingCalls.remove(call);
        }
        outcomes.callbackAttemptFailed(nowMs, call.id, call.queue.id(), agent == null ? "" : agent.id(),
                call.callbackAttempts, CallbackFailure.HUNG_UP, 0);
        failCallback(call);
        if (agent != null) {
            setAgentState(agent, AgentState.READY, "");
        }
    }

    void complete(Call call, Party endedBy) {
        long nowMs = time.nowMs();
        Agent agent = call.agent;
        long talkMs = nowMs - call.connectedAtMs;
        outcomes.callCompleted(nowMs, call.id, call.queue.id(), agent.id(), talkMs, endedBy);
        finish(call, CallState.ENDED);
        agent.call = null;
        agent.handleMsSinceLogin += talkMs;
        if (agent.pendingLogout) {
            logOut(agent);
            return;
        }
        long wrapUpMs = agent.wrapUpMsAfter(call.queue);
        if (wrapUpMs > 0) {
            setAgentState(agent, AgentState.WRAP_UP, "");
            timers.arm(agent.wrapUpTimer, nowMs + wrapUpMs);
        } else {
            afterWrapUp(agent);
        }
    }

    /** Wrap-up ended (timer or the agent's request): a pending not-ready applies, else READY. */
    void endWrapUp(Agent agent) {
        timers.cancel(agent.wrapUpTimer);
        agent.handleMsSinceLogin += time.nowMs() - agent.stateSinceMs;
        afterWrapUp(agent);
    }

    private void afterWrapUp(Agent agent) {
        String notReadyReason = agent.pendingNotReadyReason;
        agent.pendingNotReadyReason = null;
        if (notReadyReason != null) {
            setAgentState(agent, AgentState.NOT_READY, notReadyReason);
        } else {
            setAgentState(agent, AgentState.READY, "");
        }
    }

    void logOut(Agent agent) {
        timers.cancel(agent.wrapUpTimer);
        agent.pendingLogout = false;
        agent.pendingNotReadyReason = null;
        for (AgentInBucket membership : agent.memberships) {
            membership.bucket.loggedInAgents--;
        }
        setAgentState(agent, AgentState.LOGGED_OUT, "");
    }

    private void finish(Call call, CallState finalState) {
        call.state = finalState;
        timers.cancel(call.stepTimer);
        timers.cancel(call.ringTimer);
        timers.cancel(call.retryTimer);
        calls.remove(call.id);
    }

    // ---- agents becoming routable or not

    /**
     * The one place agent state changes. READY with a reachable phone makes the agent routable:
     * it takes the best waiting call at once, or joins the ready agents of its buckets: O(B) for its
     * B buckets to look for a call, then O(P) for the P distinct ready-agent pools of those buckets
     * (buckets of one requirement and strategy share one), each O(1) for the longest-idle strategy
     * and O(log A) at worst.
     */
    void setAgentState(Agent agent, AgentState state, String reason) {
        long nowMs = time.nowMs();
        agent.state = state;
        agent.reason = reason;
        agent.stateSinceMs = nowMs;
        outcomes.agentStateChanged(nowMs, agent.id(), state, reason);
        if (state == AgentState.READY) {
            agent.idleSinceMs = nowMs;
            routeIfAvailable(agent);
        } else {
            makeUnroutable(agent);
        }
    }

    void routeIfAvailable(Agent agent) {
        if (agent.state != AgentState.READY || !agent.deviceReachable || agent.routable) {
            return;
        }
        Call best = bestWaitingCallFor(agent);
        if (best != null) {
            best.bucket.waitingCalls.remove(best);
            offer(best, agent);
            return;
        }
        agent.routable = true;
        agent.routeGeneration++;
        for (AgentInBucket membership : agent.readyMemberships) {
            membership.bucket.readyAgents.add(agent, membership.readyKey());
        }
    }

    /** O(1): the agent's entries in the ready heaps of its buckets go stale and are dropped later. */
    void makeUnroutable(Agent agent) {
        if (!agent.routable) {
            return;
        }
        agent.routable = false;
        agent.routeGeneration++;
    }

    /** Across every bucket the agent serves: highest effective priority now, then oldest, then lowest id. */
    private Call bestWaitingCallFor(Agent agent) {
        long nowMs = time.nowMs();
        Call best = null;
        double bestPriority = 0;
        for (AgentInBucket membership : agent.memberships) {
            Call head = membership.bucket.waitingCalls.first();
            if (head == null) {
                continue;
            }
            double priority = head.effectivePriority(nowMs, time.epochMs());
            if (best == null || priority > bestPriority
                    || (priority == bestPriority && (head.entryMs < best.entryMs
                        || (head.entryMs == best.entryMs && head.id < best.id)))) {
                best = head;
                bestPriority = priority;
            }
        }
        return best;
    }
}
