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
import org.acd.core.model.OverflowStep;
import org.acd.core.model.QueueExit;
import org.agrona.collections.Long2ObjectHashMap;

/**
 * Moves calls through queues and matches them with agents. Two decisions, both without scanning:
 * <ul>
 *   <li>A call joins a bucket: offer it to the head of the bucket's ready agents, O(1) plus the stale
 *       entries dropped on the way (see {@link ReadyAgents}).</li>
 *   <li>An agent becomes routable ({@link AgentAvailability}): look at the first call of each bucket it
 *       is eligible for (O(1) each) and take the one with the highest effective priority, then the
 *       oldest: O(B + log C), B the agent's buckets, C the calls in the chosen bucket.</li>
 * </ul>
 * Hence the invariant the randomized test checks: in every bucket the waiting calls or the ready
 * agents are empty. Runs on the engine thread only.
 */
final class CallRouter {

    /** A call whose agent is being rung is at the front of its queue: it is being served. */
    static final int RINGING_POSITION = 1;

    private final Long2ObjectHashMap<Call> calls = new Long2ObjectHashMap<>();
    private final RoutingTopology topology;
    private final Map<String, RoutedQueue> queues;
    private final EventTime time;
    private final Timers timers;
    private final AcdCommands commands;
    private final RoutingOutcomes outcomes;
    private final Announcer announcer;
    private final Callbacks callbacks;
    private final SupervisorActions supervisor;
    private final AgentAvailability agents;
    private long offersMade;

    CallRouter(RoutingTopology topology, EventTime time, Timers timers, AcdCommands commands,
               RoutingOutcomes outcomes) {
        this.topology = topology;
        this.queues = topology.queues;
        this.time = time;
        this.timers = timers;
        this.commands = commands;
        this.outcomes = outcomes;
        this.announcer = new Announcer(time, timers, commands);
        this.callbacks = new Callbacks(this, time, timers, commands, outcomes);
        this.supervisor = new SupervisorActions(this, topology, time, timers, commands, outcomes);
        this.agents = new AgentAvailability(this, time, timers, outcomes);
    }

    AgentAvailability agents() {
        return agents;
    }

    Announcer announcer() {
        return announcer;
    }

    Callbacks callbacks() {
        return callbacks;
    }

    SupervisorActions supervisor() {
        return supervisor;
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

    /**
     * The call's place among its queue's waiting calls, from 1: a ringing or callback-placing call is
     * at the front; 0 once answered or while a callback waits out its retry interval (in no bucket).
     */
    static int positionOf(Call call) {
        return switch (call.state) {
            case OFFERED, CALLING_BACK -> RINGING_POSITION;
            case QUEUED, CALLBACK_PENDING -> call.member ? call.queue.positionOf(call) : 0;
            default -> 0;
        };
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

    void join(Call call, RoutedQueue queue, Bucket[] levels) {
        long nowMs = time.nowMs();
        call.queue = queue;
        call.levels = levels;
        call.queueEntryMs = nowMs;
        call.stepsApplied = 0;
        call.keyForWaiting(time.epochMs());
        queue.waitingCalls++;
        outcomes.callEnteredQueue(nowMs, call.id, queue.id(), call.tier.id(), queue.positionOf(call));
        place(call);
        if (!call.state.isFinal() && call.queue == queue) {
            announcer.joined(call);
        }
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
    void place(Call call) {
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

    void armStepTimer(Call call) {
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
    void offer(Call call, Agent agent) {
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
        agents.setAgentState(agent, AgentState.RESERVED, "");
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
        agents.setAgentState(agent, AgentState.ON_CALL, "");
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
            callbacks.attemptFailed(call, CallbackFailure.NO_ANSWER);
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
        agents.setAgentState(agent, agentState, reason);
        place(call);
    }

    /** An offer taken back; a callback attempt taken back before the customer answered does not count. */
    void detachOffer(Call call) {
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

    // ---- endings

    /**
     * A caller's leg hung up. While a callback waits or is being placed that is the leg the caller
     * left, which changes nothing; a customer who answered a callback and hangs up before an agent
     * does fails it, never abandons.
     */
    void callerHungUp(Call call) {
        long nowMs = time.nowMs();
        if (call.isCallback() && (call.state == CallState.QUEUED || call.state == CallState.OFFERED)) {
            callbacks.customerLeft(call);
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
                agents.setAgentState(agent, AgentState.READY, "");
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
        call.queue.handleTimes.add(talkMs + agent.wrapUpMsAfter(call.queue));
        agents.callEnded(agent, call.queue);
    }

    void finish(Call call, CallState finalState) {
        call.state = finalState;
        timers.cancel(call.stepTimer);
        timers.cancel(call.ringTimer);
        call.cancelOptionalTimers(timers);
        calls.remove(call.id);
    }
}
