package org.acd.core.invariants;

import java.util.HashMap;
import java.util.Map;
import org.acd.core.api.AgentState;
import org.acd.core.api.CallState;
import org.acd.core.model.QueueConfig;
import org.acd.core.view.AgentView;
import org.acd.core.view.CallView;
import org.acd.core.view.EngineSnapshot;
import org.acd.core.view.QueueView;

/**
 * What must hold of the engine's whole state after every event, checked against the configuration
 * ({@link RoutingRules}) and the outcomes ({@link OutcomeLedger}), never against engine internals.
 */
final class SnapshotInvariants {

    private final EngineSnapshot state;
    private final OutcomeLedger ledger;
    private final RoutingRules rules;
    private final Violations violations;
    private final Map<Long, CallView> callsById = new HashMap<>();
    private final Map<String, AgentView> agentsById = new HashMap<>();

    private SnapshotInvariants(EngineSnapshot state, OutcomeLedger ledger, RoutingRules rules,
                               Violations violations) {
        this.state = state;
        this.ledger = ledger;
        this.rules = rules;
        this.violations = violations;
        state.calls().forEach(call -> callsById.put(call.id(), call));
        state.agents().forEach(agent -> agentsById.put(agent.id(), agent));
    }

    static void check(EngineSnapshot state, OutcomeLedger ledger, RoutingRules rules, Violations violations) {
        SnapshotInvariants invariants = new SnapshotInvariants(state, ledger, rules, violations);
        invariants.checkNoReadyAgentIdlesBesideAnEligibleCall();
        invariants.checkNoCallHeldTwice();
        state.agents().forEach(invariants::checkAgent);
        state.calls().forEach(invariants::checkCall);
        invariants.checkEveryCallEndsOnce();
        invariants.checkQueues();
    }

    /** (1) An agent free to take calls never idles while a queued call it is eligible for waits. */
    private void checkNoReadyAgentIdlesBesideAnEligibleCall() {
        for (AgentView agent : state.agents()) {
            if (agent.state() != AgentState.READY || !agent.deviceReachable() || agent.callId() != 0) {
                continue;
            }
            for (CallView call : state.calls()) {
                if (waitsInBucket(call) && rules.eligible(agent.id(), call)) {
                    fail("agent %s is READY and idle while call %d (%s in %s, %d steps) waits for it", agent.id(),
                            call.id(), call.tierId(), call.queueId(), call.stepsApplied());
                }
            }
        }
    }

    /** Whether the call waits for an agent: queued, or a callback not waiting out a retry interval. */
    static boolean waitsInBucket(CallView call) {
        return call.state() == CallState.QUEUED
                || call.state() == CallState.CALLBACK_PENDING && call.callbackRetryDueMs() == Long.MIN_VALUE;
    }

    /** Not answered yet: counted among its queue's waiting calls. */
    private static boolean waiting(CallView call) {
        return call.state() == CallState.QUEUED || call.state() == CallState.OFFERED
                || call.state() == CallState.CALLBACK_PENDING || call.state() == CallState.CALLING_BACK;
    }

    /** (2) No two agents hold the same call. */
    private void checkNoCallHeldTwice() {
        Map<Long, String> holders = new HashMap<>();
        for (AgentView agent : state.agents()) {
            String other = agent.callId() == 0 ? null : holders.put(agent.callId(), agent.id());
            if (other != null) {
                fail("call %d is held by %s and %s", agent.callId(), other, agent.id());
            }
        }
    }

    /** (2) and (5): one call per agent, one agent per call, and the agent's state says whether it has one. */
    private void checkAgent(AgentView agent) {
        AgentState state = agent.state();
        boolean holdsCall = state == AgentState.RESERVED || state == AgentState.ON_CALL;
        if (holdsCall != (agent.callId() != 0)) {
            fail("agent %s is %s with call %d", agent.id(), state, agent.callId());
        }
        if (holdsCall) {
            CallView call = callsById.get(agent.callId());
            boolean expected = state == AgentState.RESERVED
                    ? call != null && (call.state() == CallState.OFFERED || call.state() == CallState.CALLING_BACK)
                    : call != null && call.state() == CallState.CONNECTED;
            if (!expected || !call.agentId().equals(agent.id())) {
                fail("agent %s is %s with call %d, which is %s", agent.id(), state, agent.callId(), call);
            }
        }
        if (agent.routable() != (state == AgentState.READY && agent.deviceReachable())) {
            fail("agent %s is %s, reachable=%s, but routable=%s", agent.id(), state, agent.deviceReachable(),
                    agent.routable());
        }
        if (agent.pendingLogout() && state != AgentState.ON_CALL
                || !agent.pendingNotReadyReason().isEmpty() && state != AgentState.ON_CALL && state != AgentState.WRAP_UP) {
            fail("agent %s is %s with a pending logout=%s / not-ready '%s'", agent.id(), state, agent.pendingLogout(),
                    agent.pendingNotReadyReason());
        }
        checkWrapUp(agent);
        if (ledger.agentState(agent.id()) != state || !ledger.agentReason(agent.id()).equals(agent.reason())) {
            fail("agent %s is %s(%s), the outcomes last said %s(%s)", agent.id(), state, agent.reason(),
                    ledger.agentState(agent.id()), ledger.agentReason(agent.id()));
        }
    }

    private void checkWrapUp(AgentView agent) {
        if ((agent.state() == AgentState.WRAP_UP) != (agent.wrapUpEndsMs() != Long.MIN_VALUE)) {
            fail("agent %s is %s with wrap-up ending at %d", agent.id(), agent.state(), agent.wrapUpEndsMs());
        } else if (agent.state() == AgentState.WRAP_UP) {
            long expectedEnd = agent.stateSinceMs() + rules.wrapUpMs(agent.id(), ledger.lastQueueOf(agent.id()));
            if (agent.wrapUpEndsMs() != expectedEnd || agent.wrapUpEndsMs() <= state.atMs()) {
                fail("agent %s wraps up until %d, expected %d (now %d)", agent.id(), agent.wrapUpEndsMs(), expectedEnd,
                        state.atMs());
            }
        }
    }

    /** (2) and (5) from the call's side, and the call's clocks against the configuration. */
    private void checkCall(CallView call) {
        if (call.state().isFinal()) {
            fail("call %d is still held in final state %s", call.id(), call.state());
            return;
        }
        CallRecord record = ledger.call(call.id());
        if (record == null || record.isFinal() || !call.queueId().equals(record.queueId)
                || call.queueEntryMs() != record.queueEntryMs || call.entryMs() != record.entryMs) {
            fail("call %d is live in %s since %d (entered %d), the outcomes say %s", call.id(), call.queueId(),
                    call.queueEntryMs(), call.entryMs(), describe(record));
        }
        QueueConfig queue = rules.queue(call.queueId());
        int priority = record == null ? 0
                : record.carriedPriority + rules.raisedPriority(call.queueId(), call.stepsApplied());
        if (call.priority() != priority) {
            fail("call %d has priority %d; its tier and the raise steps it took give %d", call.id(), call.priority(),
                    priority);
        }
        switch (call.state()) {
            case QUEUED, CALLBACK_PENDING -> checkWaiting(call, queue);
            case OFFERED, CONNECTED, CALLING_BACK -> {
                AgentView agent = agentsById.get(call.agentId());
                AgentState expected = call.state() == CallState.CONNECTED ? AgentState.ON_CALL : AgentState.RESERVED;
                if (agent == null || agent.state() != expected || agent.callId() != call.id()) {
                    fail("call %d is %s to '%s', who is %s", call.id(), call.state(), call.agentId(), agent);
                }
                if (!rules.eligible(call.agentId(), call)) {
                    fail("call %d is %s to %s, who is not eligible for it", call.id(), call.state(), call.agentId());
                }
                long ringDueMs = switch (call.state()) {
                    case OFFERED -> call.offeredAtMs() + queue.ringTimeoutMs();
                    case CALLING_BACK -> call.offeredAtMs() + queue.callback().answerTimeoutMs();
                    default -> Long.MIN_VALUE;
                };
                if (call.ringDueMs() != ringDueMs || call.stepDueMs() != Long.MIN_VALUE) {
                    fail("%s call %d has ring timeout %d (expected %d) and step due %d", call.state(), call.id(),
                            call.ringDueMs(), ringDueMs, call.stepDueMs());
                }
            }
            default -> fail("call %d is %s", call.id(), call.state());
        }
    }

    /**
     * A call waiting for an agent has its due steps applied and its next step (or max wait: none for a
     * callback) armed; a callback waiting out its retry interval is in no bucket and has no step armed.
     */
    private void checkWaiting(CallView call, QueueConfig queue) {
        boolean callback = !call.callbackNumber().isEmpty();
        if (!call.agentId().isEmpty() || call.ringDueMs() != Long.MIN_VALUE) {
            fail("waiting call %d has agent '%s' and ring timeout %d", call.id(), call.agentId(), call.ringDueMs());
        }
        if (call.state() == CallState.CALLBACK_PENDING && !callback) {
            fail("call %d is %s with no number to call back", call.id(), call.state());
        }
        if (call.callbackRetryDueMs() != Long.MIN_VALUE) {
            if (call.state() != CallState.CALLBACK_PENDING || call.stepDueMs() != Long.MIN_VALUE
                    || call.callbackRetryDueMs() <= state.atMs()) {
                fail("call %d is %s waiting to retry its callback at %d with a step due at %d (now %d)", call.id(),
                        call.state(), call.callbackRetryDueMs(), call.stepDueMs(), state.atMs());
            }
            return;
        }
        int due = rules.stepsDue(call.queueId(), call.queueEntryMs(), state.atMs());
        long nextDueMs = rules.nextDueMs(call.queueId(), call.queueEntryMs(), call.stepsApplied(), !callback);
        if (call.stepsApplied() != due || call.stepDueMs() != nextDueMs) {
            fail("waiting call %d has %d steps applied and the next due at %d; by now (%d) %d are due, next at %d",
                    call.id(), call.stepsApplied(), call.stepDueMs(), state.atMs(), due, nextDueMs);
        }
        if (!callback && queue.maxWaitMs() > 0 && call.queueEntryMs() + queue.maxWaitMs() <= state.atMs()) {
            fail("queued call %d is past the max wait of %s", call.id(), call.queueId());
        }
    }

    /**
     * (4) A call is live until its one final outcome, and gone after it: every live call has a live
     * story ({@link #checkCall}), the ledger refuses a second final outcome, and so the numbers of
     * live calls must agree.
     */
    private void checkEveryCallEndsOnce() {
        if (ledger.liveCalls() != state.calls().size()) {
            fail("%d calls are live in the engine, %d by the outcomes", state.calls().size(), ledger.liveCalls());
        }
    }

    /** The queue's counters, computed again from the calls, the agents and the outcomes. */
    private void checkQueues() {
        Map<String, int[]> waiting = new HashMap<>();
        Map<String, Long> oldest = new HashMap<>();
        Map<String, Integer> callbacks = new HashMap<>();
        for (CallView call : state.calls()) {
            if (waiting(call)) {
                if (!call.callbackNumber().isEmpty()) {
                    callbacks.merge(call.queueId(), 1, Integer::sum);
                }
                waiting.computeIfAbsent(call.queueId(), q -> new int[1])[0]++;
                oldest.merge(call.queueId(), call.entryMs(), Math::min);
            }
        }
        for (QueueView queue : state.queues()) {
            int loggedIn = 0;
            int ready = 0;
            for (AgentView agent : state.agents()) {
                if (agent.state() != AgentState.LOGGED_OUT && rules.meetsQueueSkills(agent.id(), queue.id())) {
                    loggedIn++;
                    ready += agent.routable() ? 1 : 0;
                }
            }
            int expectedWaiting = waiting.getOrDefault(queue.id(), new int[1])[0];
            long expectedOldest = oldest.getOrDefault(queue.id(), Long.MIN_VALUE);
            if (queue.waitingCalls() != expectedWaiting || queue.waitingCalls() != ledger.waiting(queue.id())
                    || queue.oldestEntryMs() != expectedOldest || queue.agentsLoggedIn() != loggedIn
                    || queue.agentsReady() != ready) {
                fail("queue %s is %s; expected %d waiting (outcomes: %d), oldest %d, %d logged in, %d ready",
                        queue.id(), queue, expectedWaiting, ledger.waiting(queue.id()), expectedOldest, loggedIn, ready);
            }
            int maxWaiting = rules.queue(queue.id()).maxWaiting();
            if (maxWaiting > 0 && queue.waitingCalls() - callbacks.getOrDefault(queue.id(), 0) > maxWaiting) {
                fail("queue %s holds %d calls (%s callbacks moved in), more than its max of %d", queue.id(),
                        queue.waitingCalls(), callbacks.get(queue.id()), maxWaiting);
            }
        }
    }

    private static String describe(CallRecord record) {
        return record == null ? "nothing" : record.state + " in " + record.queueId + " since " + record.queueEntryMs
                + " (entered " + record.entryMs + ")";
    }

    private void fail(String format, Object... args) {
        violations.add(String.format(format, args));
    }
}
