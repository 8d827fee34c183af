package org.acd.core.invariants;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.acd.core.api.AgentState;
import org.acd.core.api.CallState;
import org.acd.core.api.CallbackFailure;
import org.acd.core.api.ExitAction;
import org.acd.core.api.ExitReason;
import org.acd.core.api.NotReadyReasons;
import org.acd.core.api.Party;
import org.acd.core.api.QueueRequest;
import org.acd.core.api.RoutingOutcomes;
import org.acd.core.model.QueueConfig;
import org.acd.core.model.QueueExit;
import org.acd.core.testing.WorkloadEvent;

/**
 * The life of every call and agent as the outcomes tell it, checked as each outcome arrives: a call
 * gets exactly one final outcome (completed after answered, abandoned, or exited) and nothing after
 * it; waits, talk and ring times add up; exits follow {@link ExitPolicy}; agents move along
 * {@link AgentTransitions}, RONA sets them not ready, wrap-up follows a call exactly when one is
 * configured. Keeps its own count of each queue's waiting calls. Engine thread only.
 */
final class OutcomeLedger implements RoutingOutcomes {

    private final RoutingRules rules;
    private final Violations violations;
    private final ExitPolicy exitPolicy;
    private final EventTally tally = new EventTally();
    private final Map<Long, CallRecord> calls = new HashMap<>();
    private final Map<String, Integer> waitingByQueue = new HashMap<>();
    private final Map<String, AgentState> agentStates = new HashMap<>();
    private final Map<String, String> agentReasons = new HashMap<>();
    private final Map<String, Long> ringingCallOfAgent = new HashMap<>();
    private final Map<String, String> lastQueueOfAgent = new HashMap<>();
    private WorkloadEvent event;
    private long lastOutcomeMs = Long.MIN_VALUE;
    private long latestAllowedMs = Long.MIN_VALUE;
    private int liveCalls;

    OutcomeLedger(RoutingRules rules, Violations violations) {
        this.rules = rules;
        this.violations = violations;
        this.exitPolicy = new ExitPolicy(rules, violations);
    }

    /** The outcomes that follow are caused by {@code next}. */
    void beginEvent(WorkloadEvent next) {
        event = next;
        latestAllowedMs = Math.max(latestAllowedMs, next.nowMs());
        tally.clear();
    }

    EventTally tally() {
        return tally;
    }

    CallRecord call(long callId) {
        return calls.get(callId);
    }

    /** Calls that had an outcome and no final one yet. */
    int liveCalls() {
        return liveCalls;
    }

    /** Calls that had any outcome, and of them those with exactly one final outcome. */
    long[] callsAndCallsEndedOnce() {
        return new long[] {calls.size(), calls.values().stream().filter(call -> call.finalOutcomes == 1).count()};
    }

    int waiting(String queueId) {
        return waitingByQueue.getOrDefault(queueId, 0);
    }

    AgentState agentState(String agentId) {
        return agentStates.getOrDefault(agentId, AgentState.LOGGED_OUT);
    }

    String agentReason(String agentId) {
        return agentReasons.getOrDefault(agentId, "");
    }

    String lastQueueOf(String agentId) {
        return lastQueueOfAgent.get(agentId);
    }

    private Set<String> loggedInAgents() {
        Set<String> in = new TreeSet<>();
        agentStates.forEach((agentId, state) -> {
            if (state != AgentState.LOGGED_OUT) {
                in.add(agentId);
            }
        });
        return in;
    }

    // ---- calls

    @Override
    public void callEnteredQueue(long nowMs, long callId, String queueId, String tierId, int position) {
        tally.readable.callEnteredQueue(nowMs, callId, queueId, tierId, position);
        CallRecord call = live(nowMs, "entered", callId);
        QueueConfig queue = rules.queue(queueId);
        int waiting = waiting(queueId);
        violations.check(call.queueId == null && queueId.equals(call.joiningQueueId),
                "call %d entered %s while in %s, going to %s", callId, queueId, call.queueId, call.joiningQueueId);
        violations.check(tierId.equals(call.tierId), "call %d entered as %s, queued as %s", callId, tierId, call.tierId);
        // a callback moved by an overflow step keeps its promise: it joins full queues and ones with no agents
        boolean callback = call.callbackNumber != null;
        violations.check(queue.maxWaiting() == 0 || waiting < queue.maxWaiting() || callback,
                "call %d entered %s, which was full (%d waiting)", callId, queueId, waiting);
        violations.check(queue.whenNoAgents().isEmpty() || callback
                        || rules.anyEligibleOnEntry(loggedInAgents(), queueId, call.tierId, call.extraSkills),
                "call %d entered %s with no eligible agent logged in (whenNoAgents applies)", callId, queueId);
        violations.check(position >= 1 && position <= waiting + 1, "call %d entered %s at position %d of %d", callId,
                queueId, position, waiting + 1);
        call.queueId = queueId;
        call.joiningQueueId = null;
        call.queueEntryMs = nowMs;
        if (call.state != CallState.CALLBACK_PENDING) {
            call.state = CallState.QUEUED;
        }
        waitingByQueue.merge(queueId, 1, Integer::sum);
    }

    @Override
    public void callOffered(long nowMs, long callId, String queueId, String agentId) {
        tally.readable.callOffered(nowMs, callId, queueId, agentId);
        CallRecord call = live(nowMs, "offered", callId);
        takeBackWithdrawnOffer(call);
        violations.check(queueId.equals(call.queueId) && call.state == CallState.QUEUED,
                "call %d offered from %s to %s while %s in %s to %s", callId, queueId, agentId, call.state,
                call.queueId, call.agentId);
        violations.check(agentState(agentId) == AgentState.READY, "call %d offered to %s, who is %s", callId, agentId,
                agentState(agentId));
        tally.offers.add(callId + "->" + agentId);
        call.state = CallState.OFFERED;
        call.agentId = agentId;
        call.offeredAtMs = nowMs;
        ringingCallOfAgent.put(agentId, callId);
    }

    @Override
    public void callAnswered(long nowMs, long callId, String queueId, String agentId, long waitMs) {
        tally.readable.callAnswered(nowMs, callId, queueId, agentId, waitMs);
        CallRecord call = live(nowMs, "answered", callId);
        violations.check(call.state == CallState.OFFERED && agentId.equals(call.agentId),
                "call %d answered by %s while %s to %s", callId, agentId, call.state, call.agentId);
        checkWait("answered", call, nowMs, waitMs);
        tally.answers.add(callId + "->" + agentId);
        leaveQueue(call);
        call.queueId = queueId;
        call.state = CallState.CONNECTED;
        call.answeredAtMs = nowMs;
        ringingCallOfAgent.remove(agentId);
    }

    @Override
    public void callCompleted(long nowMs, long callId, String queueId, String agentId, long talkMs, Party endedBy) {
        tally.readable.callCompleted(nowMs, callId, queueId, agentId, talkMs, endedBy);
        CallRecord call = live(nowMs, "completed", callId);
        violations.check(call.state == CallState.CONNECTED && agentId.equals(call.agentId),
                "call %d completed by %s while %s to %s", callId, agentId, call.state, call.agentId);
        violations.check(talkMs == nowMs - call.answeredAtMs, "call %d completed with talkMs=%d after %d ms connected",
                callId, talkMs, nowMs - call.answeredAtMs);
        lastQueueOfAgent.put(agentId, queueId);
        end(call, CallState.ENDED);
    }

    @Override
    public void callAbandoned(long nowMs, long callId, String queueId, long waitMs, int position,
                              boolean whileRinging) {
        tally.readable.callAbandoned(nowMs, callId, queueId, waitMs, position, whileRinging);
        CallRecord call = live(nowMs, "abandoned", callId);
        violations.check(queueId.equals(call.queueId) && call.state != CallState.CONNECTED,
                "call %d abandoned from %s while %s in %s", callId, queueId, call.state, call.queueId);
        violations.check(whileRinging == (call.state == CallState.OFFERED),
                "call %d abandoned with whileRinging=%s while %s", callId, whileRinging, call.state);
        violations.check(position >= 1 && position <= waiting(queueId), "call %d abandoned at position %d of %d",
                callId, position, waiting(queueId));
        checkWait("abandoned", call, nowMs, waitMs);
        if (whileRinging) {
            tally.ringsEnded.add(callId + "->" + call.agentId);
            ringingCallOfAgent.remove(call.agentId);
        }
        leaveQueue(call);
        end(call, CallState.ABANDONED);
    }

    @Override
    public void callExited(long nowMs, long callId, String queueId, long waitMs, CallState finalState,
                           ExitReason reason, ExitAction action, String target) {
        tally.readable.callExited(nowMs, callId, queueId, waitMs, finalState, reason, action, target);
        CallRecord call = live(nowMs, "exited", callId);
        QueueExit exit = leaving(nowMs, call, queueId, reason, target);
        violations.check(action != ExitAction.QUEUE && (exit == null || exit.action() == action),
                "call %d exited %s by %s, the queue says %s", callId, queueId, action, exit);
        violations.check(finalState == (reason == ExitReason.MAX_WAIT ? CallState.TIMED_OUT : CallState.OVERFLOWED),
                "call %d exited as %s for %s", callId, finalState, reason);
        checkWait("exited", call, nowMs, waitMs);
        tally.exits.add(callId + " " + action + " " + target);
        leaveQueue(call);
        end(call, finalState);
    }

    @Override
    public void callOverflowed(long nowMs, long callId, String fromQueueId, String toQueueId, ExitReason reason) {
        tally.readable.callOverflowed(nowMs, callId, fromQueueId, toQueueId, reason);
        CallRecord call = live(nowMs, "overflowed", callId);
        QueueExit exit = leaving(nowMs, call, fromQueueId, reason, toQueueId);
        violations.check(exit == null || exit.action() == ExitAction.QUEUE,
                "call %d overflowed %s -> %s, the queue says %s", callId, fromQueueId, toQueueId, exit);
        if (call.queueId != null) {
            call.carriedPriority += rules.raisedPriority(fromQueueId,
                    rules.stepsTaken(fromQueueId, call.queueEntryMs, nowMs));
        }
        leaveQueue(call);
        call.joiningQueueId = toQueueId;
    }

    @Override
    public void ringNoAnswer(long nowMs, long callId, String queueId, String agentId, long ringMs) {
        tally.readable.ringNoAnswer(nowMs, callId, queueId, agentId, ringMs);
        CallRecord call = live(nowMs, "rona", callId);
        long ringTimeoutMs = rules.queue(queueId).ringTimeoutMs();
        violations.check(call.state == CallState.OFFERED && agentId.equals(call.agentId) && queueId.equals(call.queueId),
                "RONA for call %d at %s in %s while %s to %s in %s", callId, agentId, queueId, call.state,
                call.agentId, call.queueId);
        violations.check(ringMs == ringTimeoutMs && nowMs == call.offeredAtMs + ringTimeoutMs,
                "RONA for call %d after ringMs=%d (at +%d), the ring timeout of %s is %d", callId, ringMs,
                nowMs - call.offeredAtMs, queueId, ringTimeoutMs);
        tally.ringsEnded.add(callId + "->" + agentId);
        tally.awaitingRona.add(agentId);
        ringingCallOfAgent.remove(agentId);
        call.backToQueue();
    }

    // ---- callbacks

    @Override
    public void callbackRequested(long nowMs, long callId, String queueId, long waitMs, int position) {
        tally.readable.callbackRequested(nowMs, callId, queueId, waitMs, position);
        CallRecord call = live(nowMs, "callback requested", callId);
        violations.check(queueId.equals(call.queueId) && call.callbackNumber == null
                        && (call.state == CallState.QUEUED || call.state == CallState.OFFERED),
                "call %d asked for a callback in %s while %s in %s", callId, queueId, call.state, call.queueId);
        violations.check(position >= 1 && position <= waiting(queueId), "call %d asked for a callback at position %d of %d",
                callId, position, waiting(queueId));
        checkWait("asked for a callback", call, nowMs, waitMs);
        if (call.state == CallState.OFFERED) {
            tally.ringsEnded.add(callId + "->" + call.agentId);
            ringingCallOfAgent.remove(call.agentId);
            call.backToQueue();
        }
        call.callbackNumber = event.text();
        call.state = CallState.CALLBACK_PENDING;
    }

    @Override
    public void callbackAttempted(long nowMs, long callId, String queueId, String agentId, int attempt) {
        tally.readable.callbackAttempted(nowMs, callId, queueId, agentId, attempt);
        CallRecord call = live(nowMs, "callback attempted", callId);
        takeBackWithdrawnOffer(call);
        violations.check(queueId.equals(call.queueId) && call.state == CallState.CALLBACK_PENDING
                        && attempt == call.callbackAttempts + 1,
                "callback attempt #%d of call %d in %s to %s while %s in %s after %d attempts", attempt, callId,
                queueId, agentId, call.state, call.queueId, call.callbackAttempts);
        violations.check(agentState(agentId) == AgentState.READY, "callback of call %d placed for %s, who is %s",
                callId, agentId, agentState(agentId));
        tally.offers.add(callId + "->" + agentId);
        call.callbackAttempts = attempt;
        call.state = CallState.CALLING_BACK;
        call.agentId = agentId;
        call.offeredAtMs = nowMs;
        ringingCallOfAgent.put(agentId, callId);
    }

    @Override
    public void callbackAnswered(long nowMs, long callId, String queueId, String agentId, int attempt) {
        tally.readable.callbackAnswered(nowMs, callId, queueId, agentId, attempt);
        CallRecord call = live(nowMs, "callback answered", callId);
        violations.check(call.state == CallState.CALLING_BACK && agentId.equals(call.agentId)
                        && attempt == call.callbackAttempts,
                "callback #%d of call %d answered for %s while %s to %s", attempt, callId, agentId, call.state,
                call.agentId);
        violations.check(event.kind() == WorkloadEvent.Kind.CALLBACK_ANSWERED && event.callId() == callId,
                "callback of call %d answered on %s", callId, event.kind());
        call.state = CallState.OFFERED;
        call.offeredAtMs = nowMs;
    }

    /**
     * The engine stops the legs itself (cancelOffer) when its answer timeout fired or the customer
     * hung up with the agent's phone ringing; not when telephony reported the failure.
     */
    @Override
    public void callbackAttemptFailed(long nowMs, long callId, String queueId, String agentId, int attempt,
                                      CallbackFailure reason, long retryAtMs) {
        tally.readable.callbackAttemptFailed(nowMs, callId, queueId, agentId, attempt, reason, retryAtMs);
        CallRecord call = live(nowMs, "callback attempt failed", callId);
        QueueConfig queue = rules.queue(queueId);
        // reported by the event unless the answer timeout, due first, failed the attempt before it
        boolean reported = event.kind() == WorkloadEvent.Kind.CALLBACK_FAILED && event.callId() == callId
                && call.state == CallState.CALLING_BACK
                && call.offeredAtMs + queue.callback().answerTimeoutMs() > event.nowMs();
        violations.check(call.callbackNumber != null && queueId.equals(call.queueId) && attempt == call.callbackAttempts,
                "callback attempt #%d of call %d failed in %s while %s in %s after %d attempts", attempt, callId,
                queueId, call.state, call.queueId, call.callbackAttempts);
        boolean retries = attempt < queue.callback().maxAttempts() && reason != CallbackFailure.HUNG_UP;
        violations.check(retryAtMs == (retries ? nowMs + queue.callback().retryIntervalMs() : 0),
                "callback attempt #%d of call %d failed (%s) with retry at %d", attempt, callId, reason, retryAtMs);
        if (call.holdsAgent()) {
            violations.check(agentId.equals(call.agentId), "callback of call %d failed for %s, placed for %s", callId,
                    agentId, call.agentId);
            if (!reported) {
                tally.ringsEnded.add(callId + "->" + call.agentId);
            }
            ringingCallOfAgent.remove(call.agentId);
            call.agentId = null;
        } else {
            violations.check(agentId.isEmpty() && reason == CallbackFailure.HUNG_UP,
                    "callback of call %d failed (%s) for '%s' while %s", callId, reason, agentId, call.state);
        }
        call.state = CallState.CALLBACK_PENDING;
    }

    @Override
    public void callbackFailed(long nowMs, long callId, String queueId, long waitMs, int attempts) {
        tally.readable.callbackFailed(nowMs, callId, queueId, waitMs, attempts);
        CallRecord call = live(nowMs, "callback failed", callId);
        violations.check(call.callbackNumber != null && queueId.equals(call.queueId) && call.agentId == null
                        && attempts == call.callbackAttempts,
                "callback of call %d failed in %s after %d attempts while %s in %s to %s", callId, queueId, attempts,
                call.state, call.queueId, call.agentId);
        checkWait("failed its callback", call, nowMs, waitMs);
        leaveQueue(call);
        end(call, CallState.CALLBACK_FAILED);
    }

    // ---- agents and rejections

    @Override
    public void agentStateChanged(long nowMs, String agentId, AgentState state, String reason) {
        tally.readable.agentStateChanged(nowMs, agentId, state, reason);
        checkTime(nowMs, "agent " + agentId + " " + state);
        AgentState previous = agentState(agentId);
        violations.check(AgentTransitions.allowed(previous, state), "agent %s went from %s to %s", agentId, previous,
                state);
        if (tally.awaitingRona.remove(agentId)) {
            violations.check(state == AgentState.NOT_READY && NotReadyReasons.RONA.equals(reason), "agent %s went %s(%s) after RONA",
                    agentId, state, reason);
        }
        Long ringing = ringingCallOfAgent.get(agentId);
        CallRecord ringingCall = ringing == null ? null : calls.get(ringing);
        boolean rings = ringingCall != null && ringingCall.holdsAgent() && agentId.equals(ringingCall.agentId);
        if (state == AgentState.RESERVED || state == AgentState.ON_CALL) {
            // the engine reports RESERVED just after the offer, ON_CALL just before the answer
            violations.check(rings, "agent %s went %s without a ringing call", agentId, state);
        } else if (rings) {
            // the offer was taken back without an outcome of its own (offer failed, not ready, log out)
            if (!NotReadyReasons.OFFER_FAILED.equals(reason)) {
                tally.ringsEnded.add(ringing + "->" + agentId);
            }
            ringingCall.backToQueue();
            ringingCallOfAgent.remove(agentId);
        }
        if (previous == AgentState.ON_CALL && state != AgentState.LOGGED_OUT) {
            long wrapUpMs = rules.wrapUpMs(agentId, lastQueueOfAgent.get(agentId));
            violations.check((state == AgentState.WRAP_UP) == (wrapUpMs > 0),
                    "agent %s went from ON_CALL to %s, wrap-up is %d ms", agentId, state, wrapUpMs);
        }
        agentStates.put(agentId, state);
        agentReasons.put(agentId, reason);
    }

    @Override
    public void eventRejected(long nowMs, String reason) {
        tally.readable.eventRejected(nowMs, reason);
        checkTime(nowMs, "rejection");
        tally.rejections++;
    }

    // ---- helpers

    /** Checks where and why a call leaves a queue, and returns the exit the queue configures for that. */
    private QueueExit leaving(long nowMs, CallRecord call, String queueId, ExitReason reason, String target) {
        takeBackWithdrawnOffer(call);
        boolean onEntry = call.queueId == null;
        String from = onEntry ? call.joiningQueueId : call.queueId;
        violations.check(queueId.equals(from) && (call.state == CallState.QUEUED || call.state == CallState.CALLBACK_PENDING),
                "call %d left %s while %s in %s",
                call.id, queueId, call.state, from);
        return exitPolicy.configuredExit(nowMs, call, queueId, reason, target, onEntry, waiting(queueId),
                loggedInAgents());
    }

    /**
     * The agent a call rings asked to stop (not ready, log out): the engine places the call again,
     * and may offer, move or end it, before it reports the agent's new state.
     */
    private void takeBackWithdrawnOffer(CallRecord call) {
        boolean withdrawing = (event.kind() == WorkloadEvent.Kind.AGENT_NOT_READY
                || event.kind() == WorkloadEvent.Kind.AGENT_LOGGED_OUT) && call.agentId != null
                && call.agentId.equals(event.agentId());
        if (call.holdsAgent() && withdrawing) {
            tally.ringsEnded.add(call.id + "->" + call.agentId);
            ringingCallOfAgent.remove(call.agentId);
            call.backToQueue();
        }
    }

    /** The record of a live call; the first outcome of a call must come from the event that queued it. */
    private CallRecord live(long nowMs, String what, long callId) {
        checkTime(nowMs, what + " " + callId);
        CallRecord call = calls.get(callId);
        if (call == null) {
            violations.check(event.kind() == WorkloadEvent.Kind.CALL_QUEUED && event.callId() == callId,
                    "%s for call %d, which was never queued", what, callId);
            QueueRequest request = event.request() == null ? QueueRequest.NONE : event.request();
            call = new CallRecord(callId, event.tierId(), request.extraSkills(), nowMs, event.queueId(),
                    rules.tierPriority(event.tierId()) + request.extraPriority());
            calls.put(callId, call);
            liveCalls++;
        }
        violations.check(!call.isFinal(), "%s for call %d after its final outcome (%s)", what, callId, call.state);
        return call;
    }

    /** Waits run from the original entry, through moves between queues and rings. */
    private void checkWait(String what, CallRecord call, long nowMs, long waitMs) {
        violations.check(waitMs == nowMs - call.entryMs, "call %d %s after waitMs=%d, but it arrived %d ms before",
                call.id, what, waitMs, nowMs - call.entryMs);
    }

    private void leaveQueue(CallRecord call) {
        if (call.queueId != null && call.state != CallState.CONNECTED) {
            waitingByQueue.merge(call.queueId, -1, Integer::sum);
            call.queueId = null;
        }
    }

    private void end(CallRecord call, CallState finalState) {
        if (call.finalOutcomes == 0) {
            liveCalls--;
        }
        call.finalOutcomes++;
        call.state = finalState;
    }

    /** Outcomes come in time order, never after the time of the event that caused them. */
    private void checkTime(long nowMs, String what) {
        violations.check(nowMs >= lastOutcomeMs && nowMs <= latestAllowedMs,
                "%s at %d: before %d, or after the event (%d)", what, nowMs, lastOutcomeMs, latestAllowedMs);
        lastOutcomeMs = Math.max(lastOutcomeMs, nowMs);
    }
}
