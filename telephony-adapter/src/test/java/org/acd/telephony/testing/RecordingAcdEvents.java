package org.acd.telephony.testing;

import java.util.ArrayList;
import java.util.List;
import org.acd.core.api.AcdEvents;
import org.acd.core.api.CallbackFailure;
import org.acd.core.api.ConfigReload;
import org.acd.core.api.ExitAction;
import org.acd.core.api.QueueRequest;

/**
 * Records every event published to the core as one readable line, e.g.
 * {@code "callerHungUp 1000 42"}. Thread-safe: concurrency tests publish from many threads.
 */
public final class RecordingAcdEvents implements AcdEvents {

    private final List<String> events = new ArrayList<>();

    public synchronized List<String> events() {
        return List.copyOf(events);
    }

    private synchronized void record(String event) {
        events.add(event);
    }

    @Override
    public void callQueued(long nowMs, long callId, String queueId, String tierId, String callerNumber,
                           QueueRequest request) {
        record("callQueued " + nowMs + " " + callId + " " + queueId + " " + tierId + " " + callerNumber
                + (request.equals(QueueRequest.NONE) ? "" : " " + request));
    }

    @Override
    public void callbackRequested(long nowMs, long callId, String numberToCall) {
        record("callbackRequested " + nowMs + " " + callId + " " + numberToCall);
    }

    @Override
    public void callbackAnswered(long nowMs, long callId) {
        record("callbackAnswered " + nowMs + " " + callId);
    }

    @Override
    public void callbackFailed(long nowMs, long callId, CallbackFailure reason) {
        record("callbackFailed " + nowMs + " " + callId + " " + reason);
    }

    @Override
    public void callMoved(long nowMs, long callId, String queueId) {
        record("callMoved " + nowMs + " " + callId + " " + queueId);
    }

    @Override
    public void callPriorityChanged(long nowMs, long callId, int priority) {
        record("callPriorityChanged " + nowMs + " " + callId + " " + priority);
    }

    @Override
    public void callSentOut(long nowMs, long callId, ExitAction action, String target) {
        record("callSentOut " + nowMs + " " + callId + " " + action + " " + target);
    }

    @Override
    public void callerHungUp(long nowMs, long callId) {
        record("callerHungUp " + nowMs + " " + callId);
    }

    @Override
    public void agentHungUp(long nowMs, long callId) {
        record("agentHungUp " + nowMs + " " + callId);
    }

    @Override
    public void agentAnswered(long nowMs, String agentId, long callId) {
        record("agentAnswered " + nowMs + " " + agentId + " " + callId);
    }

    @Override
    public void offerFailed(long nowMs, String agentId, long callId) {
        record("offerFailed " + nowMs + " " + agentId + " " + callId);
    }

    @Override
    public void agentLoggedIn(long nowMs, String agentId) {
        record("agentLoggedIn " + nowMs + " " + agentId);
    }

    @Override
    public void agentLoggedOut(long nowMs, String agentId) {
        record("agentLoggedOut " + nowMs + " " + agentId);
    }

    @Override
    public void agentReady(long nowMs, String agentId) {
        record("agentReady " + nowMs + " " + agentId);
    }

    @Override
    public void agentNotReady(long nowMs, String agentId, String reason) {
        record("agentNotReady " + nowMs + " " + agentId + " " + reason);
    }

    @Override
    public void agentDeviceChanged(long nowMs, String agentId, boolean reachable) {
        record("agentDeviceChanged " + nowMs + " " + agentId + " " + (reachable ? "reachable" : "unreachable"));
    }

    @Override
    public void configReloaded(long nowMs, ConfigReload reload) {
        record("configReloaded " + nowMs);
    }

    @Override
    public void timeAdvanced(long nowMs) {
        record("timeAdvanced " + nowMs);
    }
}
