package org.acd.core.invariants;

import java.util.Objects;
import java.util.Optional;
import org.acd.core.api.AgentState;
import org.acd.core.api.CallState;
import org.acd.core.api.NotReadyReasons;
import org.acd.core.testing.WorkloadEvent;
import org.acd.core.view.AgentView;
import org.acd.core.view.CallView;
import org.acd.core.view.EngineSnapshot;

/**
 * That each applied event did what it says, read from the state before and after it: the agent
 * who went not ready is not ready (or will be after the call), the caller who hung up is gone, the
 * answered call is connected to the agent who answered. Checked for events that carry the time the
 * engine is at already, so that no timer fires between the two states.
 */
final class EventEffects {

    private final EngineSnapshot before;
    private final EngineSnapshot after;
    private final Violations violations;

    private EventEffects(EngineSnapshot before, EngineSnapshot after, Violations violations) {
        this.before = before;
        this.after = after;
        this.violations = violations;
    }

    static void check(WorkloadEvent event, int rejections, EngineSnapshot before, EngineSnapshot after,
                      Violations violations) {
        if (rejections == 0 && event.nowMs() <= before.atMs()) {
            new EventEffects(before, after, violations).check(event);
        }
    }

    private void check(WorkloadEvent event) {
        switch (event.kind()) {
            case CALL_QUEUED, TIME_ADVANCED -> {
                // what a call's arrival leads to is the ledger's to check
            }
            case CONFIG_RELOADED -> expect(sameRoutingState(before, after),
                    "reloading the same configuration changed the routing state");
            case CALLBACK_REQUESTED -> expect(call(after, event.callId())
                            .filter(call -> call.state() == CallState.CALLBACK_PENDING
                                    || call.state() == CallState.CALLING_BACK)
                            .filter(call -> call.callbackNumber().equals(event.text())).isPresent(),
                    "call %d does not wait for its callback after the request", event.callId());
            case CALLBACK_ANSWERED -> expect(call(after, event.callId())
                            .filter(call -> call.state() == CallState.OFFERED).isPresent(),
                    "call %d does not ring its agent after the customer answered the callback", event.callId());
            case CALLBACK_FAILED -> expect(call(after, event.callId())
                            .map(call -> call.state() == CallState.CALLBACK_PENDING || call.state() == CallState.CALLING_BACK)
                            .orElse(true),
                    "call %d is not waiting for its next callback attempt, nor failed", event.callId());
            case CALLER_HUNG_UP -> {
                if (call(before, event.callId()).filter(EventEffects::awaitsCallback).isPresent()) {
                    expect(call(after, event.callId()).filter(EventEffects::awaitsCallback).isPresent(),
                            "call %d stopped waiting for its callback when the leg the caller left hung up",
                            event.callId());
                } else {
                    expect(call(after, event.callId()).isEmpty(), "call %d is still live after its hang-up",
                            event.callId());
                }
            }
            case CALL_MOVED -> expect(call(after, event.callId())
                            .filter(call -> call.queueId().equals(event.queueId())).isPresent(),
                    "call %d is not in %s after the move", event.callId(), event.queueId());
            case CALL_PRIORITY_CHANGED -> expect(call(after, event.callId())
                            .filter(call -> call.priority() == event.number()).isPresent(),
                    "call %d does not have priority %d after the change", event.callId(), event.number());
            case CALL_SENT_OUT -> expect(call(after, event.callId()).isEmpty(),
                    "call %d is still live after it was sent out", event.callId());
            case AGENT_HUNG_UP -> expect(call(after, event.callId()).isEmpty(),
                    "call %d is still live after its hang-up", event.callId());
            case AGENT_ANSWERED -> expect(call(after, event.callId())
                            .filter(call -> call.state() == CallState.CONNECTED && call.agentId().equals(event.agentId()))
                            .isPresent(), "call %d is not connected to %s after the answer", event.callId(),
                    event.agentId());
            case OFFER_FAILED -> expectAgent(event.agentId(), AgentState.NOT_READY, NotReadyReasons.OFFER_FAILED);
            case AGENT_LOGGED_IN -> expectTakingCalls(event.agentId());
            case AGENT_LOGGED_OUT -> {
                if (agent(before, event.agentId()).state() == AgentState.ON_CALL) {
                    expect(agent(after, event.agentId()).pendingLogout(), "%s logs out after the call: not pending",
                            event.agentId());
                } else {
                    expectAgent(event.agentId(), AgentState.LOGGED_OUT, "");
                }
            }
            case AGENT_READY -> {
                AgentView agent = agent(after, event.agentId());
                if (agent.state() != AgentState.ON_CALL) {
                    expectTakingCalls(event.agentId());
                }
                expect(agent.pendingNotReadyReason().isEmpty() && !agent.pendingLogout(),
                        "%s is ready but keeps a pending not-ready or log-out: %s", event.agentId(), agent);
            }
            case AGENT_NOT_READY -> {
                String reason = event.text() == null || event.text().isBlank() ? NotReadyReasons.UNSPECIFIED : event.text();
                AgentState was = agent(before, event.agentId()).state();
                if (was == AgentState.ON_CALL || was == AgentState.WRAP_UP) {
                    AgentView agent = agent(after, event.agentId());
                    expect(agent.state() == was && agent.pendingNotReadyReason().equals(reason),
                            "%s asked for not ready (%s) while %s, and is %s", event.agentId(), reason, was, agent);
                } else {
                    expectAgent(event.agentId(), AgentState.NOT_READY, reason);
                }
            }
            case AGENT_DEVICE_CHANGED -> expect(agent(after, event.agentId()).deviceReachable() == event.flag(),
                    "%s's phone is not %s after the change", event.agentId(), event.flag() ? "reachable" : "unreachable");
        }
    }

    /** Ready, or already ringing for a call it took at once. */
    private void expectTakingCalls(String agentId) {
        AgentState state = agent(after, agentId).state();
        expect(state == AgentState.READY || state == AgentState.RESERVED, "%s should take calls, is %s", agentId,
                state);
    }

    private void expectAgent(String agentId, AgentState state, String reason) {
        AgentView agent = agent(after, agentId);
        expect(agent.state() == state && agent.reason().equals(reason), "%s should be %s(%s), is %s(%s)", agentId,
                state, reason, agent.state(), agent.reason());
    }

    private static AgentView agent(EngineSnapshot state, String agentId) {
        return state.agents().stream().filter(agent -> Objects.equals(agent.id(), agentId)).findFirst().orElseThrow();
    }

    private static boolean awaitsCallback(CallView call) {
        return call.state() == CallState.CALLBACK_PENDING || call.state() == CallState.CALLING_BACK;
    }

    private static Optional<CallView> call(EngineSnapshot state, long callId) {
        return state.calls().stream().filter(call -> call.id() == callId).findFirst();
    }

    private void expect(boolean holds, String format, Object... args) {
        violations.check(holds, format, args);
    }

    /**
     * Equal but for the reload count and the timers re-armed: the workload only reloads the same
     * configuration with success, which must leave every call and agent where it was.
     */
    private static boolean sameRoutingState(EngineSnapshot before, EngineSnapshot after) {
        return before.atMs() == after.atMs() && before.offersMade() == after.offersMade()
                && before.rejectedEvents() == after.rejectedEvents() && before.queues().equals(after.queues())
                && before.agents().equals(after.agents()) && before.calls().equals(after.calls())
                && after.reloads().applied() == before.reloads().applied() + 1;
    }
}
