package org.acd.core.testing;

import java.util.List;
import org.acd.core.api.AcdEvents;
import org.acd.core.api.CallbackFailure;
import org.acd.core.api.ConfigReload;
import org.acd.core.api.ExitAction;
import org.acd.core.api.QueueRequest;
import org.acd.core.engine.RoutingEngine;
import org.acd.core.model.RoutingConfig;
import org.acd.core.view.AgentView;
import org.acd.core.view.CallView;
import org.acd.core.view.EngineSnapshot;

/**
 * A bare engine with recorded outputs and a scenario clock, so tests read as a story:
 * {@code at(2_000).call(7, "support")}. Times are milliseconds since the scenario began.
 */
public final class EngineScenario {

    private final RecordedCommands commands = new RecordedCommands();
    private final RecordedOutcomes outcomes = new RecordedOutcomes();
    private final RoutingEngine engine;
    private long nowMs;

    public EngineScenario(RoutingConfig config) {
        this.engine = new RoutingEngine(config, commands, outcomes);
    }

    public EngineScenario at(long timeMs) {
        this.nowMs = timeMs;
        return this;
    }

    public AcdEvents events() {
        return engine;
    }

    public long nowMs() {
        return nowMs;
    }

    public EngineScenario login(String... agentIds) {
        for (String agentId : agentIds) {
            engine.agentLoggedIn(nowMs, agentId);
        }
        return this;
    }

    public EngineScenario call(long callId, String queueId) {
        return call(callId, queueId, "standard");
    }

    public EngineScenario call(long callId, String queueId, String tierId) {
        return call(callId, queueId, tierId, QueueRequest.NONE);
    }

    public EngineScenario call(long callId, String queueId, String tierId, QueueRequest request) {
        engine.callQueued(nowMs, callId, queueId, tierId, "+1555" + callId, request);
        return this;
    }

    /** The caller accepts a callback on the number they called from. */
    public EngineScenario callbackRequested(long callId) {
        engine.callbackRequested(nowMs, callId, "+1555" + callId);
        return this;
    }

    public EngineScenario callbackAnswered(long callId) {
        engine.callbackAnswered(nowMs, callId);
        return this;
    }

    public EngineScenario callbackFailed(long callId, CallbackFailure reason) {
        engine.callbackFailed(nowMs, callId, reason);
        return this;
    }

    public EngineScenario moveCall(long callId, String queueId) {
        engine.callMoved(nowMs, callId, queueId);
        return this;
    }

    public EngineScenario changePriority(long callId, int priority) {
        engine.callPriorityChanged(nowMs, callId, priority);
        return this;
    }

    public EngineScenario sendOut(long callId, ExitAction action, String target) {
        engine.callSentOut(nowMs, callId, action, target);
        return this;
    }

    public EngineScenario answer(String agentId, long callId) {
        engine.agentAnswered(nowMs, agentId, callId);
        return this;
    }

    public EngineScenario callerHangsUp(long callId) {
        engine.callerHungUp(nowMs, callId);
        return this;
    }

    public EngineScenario agentHangsUp(long callId) {
        engine.agentHungUp(nowMs, callId);
        return this;
    }

    public EngineScenario ready(String agentId) {
        engine.agentReady(nowMs, agentId);
        return this;
    }

    public EngineScenario notReady(String agentId, String reason) {
        engine.agentNotReady(nowMs, agentId, reason);
        return this;
    }

    /** An operator reloads the configuration: the engine applies all of it or rejects it. */
    public EngineScenario reload(RoutingConfig config) {
        engine.configReloaded(nowMs, ConfigReload.of(config));
        return this;
    }

    public EngineScenario tick() {
        engine.timeAdvanced(nowMs);
        return this;
    }

    /** Answers the call and hangs it up at once, leaving the agent in wrap-up or ready. */
    public EngineScenario serve(String agentId, long callId) {
        return answer(agentId, callId).agentHangsUp(callId);
    }

    public RecordedCommands commands() {
        return commands;
    }

    public RecordedOutcomes outcomes() {
        return outcomes;
    }

    /** Commands since the last call of this method. */
    public List<String> newCommands() {
        return commands.drain();
    }

    public EngineSnapshot snapshot() {
        return engine.snapshot();
    }

    /** The engine's wait estimate for a caller joining the queue now, read without a snapshot. */
    public long estimatedWaitMs(String queueId) {
        return engine.estimatedWaitMs(queueId);
    }

    public AgentView agent(String agentId) {
        return snapshot().agents().stream().filter(agent -> agent.id().equals(agentId)).findFirst().orElseThrow();
    }

    public CallView callView(long callId) {
        return snapshot().calls().stream().filter(call -> call.id() == callId).findFirst().orElseThrow();
    }

    public boolean isLive(long callId) {
        return snapshot().calls().stream().anyMatch(call -> call.id() == callId);
    }
}
