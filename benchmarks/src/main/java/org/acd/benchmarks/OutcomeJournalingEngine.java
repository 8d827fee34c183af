package org.acd.benchmarks;

import org.acd.core.api.AcdEvents;
import org.acd.core.api.CallbackFailure;
import org.acd.core.api.ConfigReload;
import org.acd.core.api.ExitAction;
import org.acd.core.api.QueueRequest;
import org.acd.core.engine.RoutingEngine;
import org.acd.core.journal.OutcomeRecorder;

/**
 * A {@link RoutingEngine} whose outcomes are recorded event by event as the runtime's routing
 * handler records them: each event is bracketed by {@link OutcomeRecorder#beginEvent} and
 * {@link OutcomeRecorder#endEvent}, so its outcomes form one record of the outcomes journal. Events
 * are numbered from 0 in place of their index in an events journal, which is not written. Calls
 * the engine on the caller's thread, which plays the engine thread.
 */
final class OutcomeJournalingEngine implements AcdEvents {

    private final RoutingEngine engine;
    private final OutcomeRecorder outcomes;
    private long nextEventIndex;

    OutcomeJournalingEngine(RoutingEngine engine, OutcomeRecorder outcomes) {
        this.engine = engine;
        this.outcomes = outcomes;
    }

    @Override
    public void callQueued(long nowMs, long callId, String queueId, String tierId, String callerNumber,
                           QueueRequest request) {
        outcomes.beginEvent(nextEventIndex++, 0);
        engine.callQueued(nowMs, callId, queueId, tierId, callerNumber, request);
        outcomes.endEvent();
    }

    @Override
    public void callbackRequested(long nowMs, long callId, String numberToCall) {
        outcomes.beginEvent(nextEventIndex++, 0);
        engine.callbackRequested(nowMs, callId, numberToCall);
        outcomes.endEvent();
    }

    @Override
    public void callbackAnswered(long nowMs, long callId) {
        outcomes.beginEvent(nextEventIndex++, 0);
        engine.callbackAnswered(nowMs, callId);
        outcomes.endEvent();
    }

    @Override
    public void callbackFailed(long nowMs, long callId, CallbackFailure reason) {
        outcomes.beginEvent(nextEventIndex++, 0);
        engine.callbackFailed(nowMs, callId, reason);
        outcomes.endEvent();
    }

    @Override
    public void callMoved(long nowMs, long callId, String queueId) {
        outcomes.beginEvent(nextEventIndex++, 0);
        engine.callMoved(nowMs, callId, queueId);
        outcomes.endEvent();
    }

    @Override
    public void callPriorityChanged(long nowMs, long callId, int priority) {
        outcomes.beginEvent(nextEventIndex++, 0);
        engine.callPriorityChanged(nowMs, callId, priority);
        outcomes.endEvent();
    }

    @Override
    public void callSentOut(long nowMs, long callId, ExitAction action, String target) {
        outcomes.beginEvent(nextEventIndex++, 0);
        engine.callSentOut(nowMs, callId, action, target);
        outcomes.endEvent();
    }

    @Override
    public void callerHungUp(long nowMs, long callId) {
        outcomes.beginEvent(nextEventIndex++, 0);
        engine.callerHungUp(nowMs, callId);
        outcomes.endEvent();
    }

    @Override
    public void agentHungUp(long nowMs, long callId) {
        outcomes.beginEvent(nextEventIndex++, 0);
        engine.agentHungUp(nowMs, callId);
        outcomes.endEvent();
    }

    @Override
    public void agentAnswered(long nowMs, String agentId, long callId) {
        outcomes.beginEvent(nextEventIndex++, 0);
        engine.agentAnswered(nowMs, agentId, callId);
        outcomes.endEvent();
    }

    @Override
    public void offerFailed(long nowMs, String agentId, long callId) {
        outcomes.beginEvent(nextEventIndex++, 0);
        engine.offerFailed(nowMs, agentId, callId);
        outcomes.endEvent();
    }

    @Override
    public void agentLoggedIn(long nowMs, String agentId) {
        outcomes.beginEvent(nextEventIndex++, 0);
        engine.agentLoggedIn(nowMs, agentId);
        outcomes.endEvent();
    }

    @Override
    public void agentLoggedOut(long nowMs, String agentId) {
        outcomes.beginEvent(nextEventIndex++, 0);
        engine.agentLoggedOut(nowMs, agentId);
        outcomes.endEvent();
    }

    @Override
    public void agentReady(long nowMs, String agentId) {
        outcomes.beginEvent(nextEventIndex++, 0);
        engine.agentReady(nowMs, agentId);
        outcomes.endEvent();
    }

    @Override
    public void agentNotReady(long nowMs, String agentId, String reason) {
        outcomes.beginEvent(nextEventIndex++, 0);
        engine.agentNotReady(nowMs, agentId, reason);
        outcomes.endEvent();
    }

    @Override
    public void agentDeviceChanged(long nowMs, String agentId, boolean reachable) {
        outcomes.beginEvent(nextEventIndex++, 0);
        engine.agentDeviceChanged(nowMs, agentId, reachable);
        outcomes.endEvent();
    }

    @Override
    public void configReloaded(long nowMs, ConfigReload reload) {
        outcomes.beginEvent(nextEventIndex++, 0);
        engine.configReloaded(nowMs, reload);
        outcomes.endEvent();
    }

    @Override
    public void timeAdvanced(long nowMs) {
        outcomes.beginEvent(nextEventIndex++, 0);
        engine.timeAdvanced(nowMs);
        outcomes.endEvent();
    }
}
