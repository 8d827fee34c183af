package org.acd.core.engine;

import java.util.Map;
import java.util.function.Consumer;
import org.acd.core.api.AcdCommands;
import org.acd.core.api.AgentState;
import org.acd.core.api.CallState;
import org.acd.core.api.ExitReason;
import org.acd.core.api.NotReadyReasons;
import org.acd.core.api.Party;
import org.acd.core.api.RoutingOutcomes;
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
    private final Map<String, RoutedQueue> queues;
    private final EventTime time;
    private final Timers timers;
    private final AcdCommands commands;
    private final RoutingOutcomes outcomes;
    private long offersMade;

    CallRouter(Map<String, RoutedQueue> queues, EventTime time, Timers timers, AcdCommands commands,
               RoutingOutcomes outcomes) {
        this.queues = queues;
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

    private void joinOrDivert(Call call, RoutedQueue queue) {
        if (queue.isFull()) {
            divert(call, queue, queue.config.onFull(), ExitReason.QUEUE_FULL);
        } else if (queue.config.whenNoAgents().isPresent() && queue.buckets[call.tier.variant()][0].loggedInAgents == 0) {
            divert(call, queue, queue.config.whenNoAgents().get(), ExitReason.NO_AGENTS);
        } else {
            join(call, queue);
        }
    }

    private void join(Call call, RoutedQueue queue) {
        long nowMs = time.nowMs();
        call.queue = queue;
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
        long maxWaitMs = queue.config.maxWaitMs();
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
        if (queue.config.maxWaitMs() > 0) {
            dueMs = Math.min(dueMs, call.queueEntryMs + queue.config.maxWaitMs());
        }
        if (dueMs != Long.MAX_VALUE) {
            timers.arm(call.stepTimer, dueMs);
        }
    }

    /** The step timer fired: take the call out of its bucket and place it again. */
    void stepDue(Call call) {
        call.bucket.waitingCalls.remove(call);
        place(call);
    }

    // ---- offers and answers

    private void offer(Call call, Agent agent) {
        long nowMs = time.nowMs();
        timers.cancel(call.stepTimer);
        call.state = CallState.OFFERED;
        call.agent = agent;
        call.offeredAtMs = nowMs;
        agent.call = call;
        agent.lastOfferNumber = ++offersMade;
        outcomes.callOffered(nowMs, call.id, call.queue.id(), agent.id());
        setAgentState(agent, AgentState.RESERVED, "");
        timers.arm(call.ringTimer, nowMs + call.queue.config.ringTimeoutMs());
        commands.offerCall(call.id, agent.id(), agent.config.endpoint());
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

    /** The ring timeout fired: RONA. The agent stops being offered calls; the call keeps its place. */
    void ringTimedOut(Call call) {
        long nowMs = time.nowMs();
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

    private void detachOffer(Call call) {
        timers.cancel(call.ringTimer);
        call.agent.call = null;
        call.agent = null;
        call.state = CallState.QUEUED;
    }

    // ---- endings

    void callerHungUp(Call call) {
        long nowMs = time.nowMs();
        switch (call.state) {
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
