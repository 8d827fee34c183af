package org.acd.telephony;

import org.acd.core.api.AcdEvents;
import org.acd.core.api.CallbackFailure;
import org.acd.core.api.ConfigReload;
import org.acd.core.api.ExitAction;
import org.acd.core.api.QueueRequest;

/**
 * The core's event sink, known only once the core runs (the core needs the adapter's commands to
 * start). Publishing before {@link #deliverTo} is a wiring error and fails loudly.
 */
final class DeferredEvents implements AcdEvents {

    private volatile AcdEvents target;

    void deliverTo(AcdEvents events) {
        this.target = events;
    }

    private AcdEvents target() {
        AcdEvents events = target;
        if (events == null) {
            throw new IllegalStateException("telephony adapter not started: the core's events are not wired yet");
        }
        return events;
    }

    @Override
    public void callQueued(long nowMs, long callId, String queueId, String tierId, String callerNumber,
                           QueueRequest request) {
        target().callQueued(nowMs, callId, queueId, tierId, callerNumber, request);
    }

    @Override
    public void callbackRequested(long nowMs, long callId, String numberToCall) {
        target().callbackRequested(nowMs, callId, numberToCall);
    }

    @Override
    public void callbackAnswered(long nowMs, long callId) {
        target().callbackAnswered(nowMs, callId);
    }

    @Override
    public void callbackFailed(long nowMs, long callId, CallbackFailure reason) {
        target().callbackFailed(nowMs, callId, reason);
    }

    @Override
    public void callMoved(long nowMs, long callId, String queueId) {
        target().callMoved(nowMs, callId, queueId);
    }

    @Override
    public void callPriorityChanged(long nowMs, long callId, int priority) {
        target().callPriorityChanged(nowMs, callId, priority);
    }

    @Override
    public void callSentOut(long nowMs, long callId, ExitAction action, String target) {
        target().callSentOut(nowMs, callId, action, target);
    }

    @Override
    public void callerHungUp(long nowMs, long callId) {
        target().callerHungUp(nowMs, callId);
    }

    @Override
    public void agentHungUp(long nowMs, long callId) {
        target().agentHungUp(nowMs, callId);
    }

    @Override
    public void agentAnswered(long nowMs, String agentId, long callId) {
        target().agentAnswered(nowMs, agentId, callId);
    }

    @Override
    public void offerFailed(long nowMs, String agentId, long callId) {
        target().offerFailed(nowMs, agentId, callId);
    }

    @Override
    public void agentLoggedIn(long nowMs, String agentId) {
        target().agentLoggedIn(nowMs, agentId);
    }

    @Override
    public void agentLoggedOut(long nowMs, String agentId) {
        target().agentLoggedOut(nowMs, agentId);
    }

    @Override
    public void agentReady(long nowMs, String agentId) {
        target().agentReady(nowMs, agentId);
    }

    @Override
    public void agentNotReady(long nowMs, String agentId, String reason) {
        target().agentNotReady(nowMs, agentId, reason);
    }

    @Override
    public void agentDeviceChanged(long nowMs, String agentId, boolean reachable) {
        target().agentDeviceChanged(nowMs, agentId, reachable);
    }

    @Override
    public void configReloaded(long nowMs, ConfigReload reload) {
        target().configReloaded(nowMs, reload);
    }

    @Override
    public void timeAdvanced(long nowMs) {
        target().timeAdvanced(nowMs);
    }
}
