package org.acd.core.runtime;

import com.lmax.disruptor.RingBuffer;
import java.util.concurrent.CompletableFuture;
import org.acd.core.api.AcdEvents;
import org.acd.core.api.CallbackFailure;
import org.acd.core.api.ConfigReload;
import org.acd.core.api.ExitAction;
import org.acd.core.api.QueueRequest;
import org.acd.core.runtime.EventSlot.Kind;
import org.acd.core.view.EngineSnapshot;

/**
 * Publishes events into the input ring; safe to call from any number of threads. Claims a slot,
 * fills it, stamps it with the clock for the routing latency, publishes it: no allocation. When the ring is full the caller waits for a free slot,
 * which is the back-pressure the telephony adapter sees.
 */
final class RingPublisher implements AcdEvents {

    private final RingBuffer<EventSlot> ring;

    RingPublisher(RingBuffer<EventSlot> ring) {
        this.ring = ring;
    }

    @Override
    public void callQueued(long nowMs, long callId, String queueId, String tierId, String callerNumber,
                           QueueRequest request) {
        long sequence = ring.next();
        try {
            EventSlot slot = ring.get(sequence);
            slot.set(Kind.CALL_QUEUED, nowMs, callId, null, queueId, tierId, callerNumber, false);
            slot.request = request;
        } finally {
            ring.publish(sequence);
        }
    }

    @Override
    public void callbackRequested(long nowMs, long callId, String numberToCall) {
        publish(Kind.CALLBACK_REQUESTED, nowMs, callId, null, null, null, numberToCall, false);
    }

    @Override
    public void callbackAnswered(long nowMs, long callId) {
        publish(Kind.CALLBACK_ANSWERED, nowMs, callId, null, null, null, null, false);
    }

    @Override
    public void callbackFailed(long nowMs, long callId, CallbackFailure reason) {
        long sequence = ring.next();
        try {
            EventSlot slot = ring.get(sequence);
            slot.set(Kind.CALLBACK_FAILED, nowMs, callId, null, null, null, null, false);
            slot.callbackFailure = reason;
        } finally {
            ring.publish(sequence);
        }
    }

    @Override
    public void callMoved(long nowMs, long callId, String queueId) {
        publish(Kind.CALL_MOVED, nowMs, callId, null, queueId, null, null, false);
    }

    @Override
    public void callPriorityChanged(long nowMs, long callId, int priority) {
        long sequence = ring.next();
        try {
            EventSlot slot = ring.get(sequence);
            slot.set(Kind.CALL_PRIORITY_CHANGED, nowMs, callId, null, null, null, null, false);
            slot.priority = priority;
        } finally {
            ring.publish(sequence);
        }
    }

    @Override
    public void callSentOut(long nowMs, long callId, ExitAction action, String target) {
        long sequence = ring.next();
        try {
            EventSlot slot = ring.get(sequence);
            slot.set(Kind.CALL_SENT_OUT, nowMs, callId, null, null, null, target, false);
            slot.exitAction = action;
        } finally {
            ring.publish(sequence);
        }
    }

    @Override
    public void callerHungUp(long nowMs, long callId) {
        publish(Kind.CALLER_HUNG_UP, nowMs, callId, null, null, null, null, false);
    }

    @Override
    public void agentHungUp(long nowMs, long callId) {
        publish(Kind.AGENT_HUNG_UP, nowMs, callId, null, null, null, null, false);
    }

    @Override
    public void agentAnswered(long nowMs, String agentId, long callId) {
        publish(Kind.AGENT_ANSWERED, nowMs, callId, agentId, null, null, null, false);
    }

    @Override
    public void offerFailed(long nowMs, String agentId, long callId) {
        publish(Kind.OFFER_FAILED, nowMs, callId, agentId, null, null, null, false);
    }

    @Override
    public void agentLoggedIn(long nowMs, String agentId) {
        publish(Kind.AGENT_LOGGED_IN, nowMs, 0, agentId, null, null, null, false);
    }

    @Override
    public void agentLoggedOut(long nowMs, String agentId) {
        publish(Kind.AGENT_LOGGED_OUT, nowMs, 0, agentId, null, null, null, false);
    }

    @Override
    public void agentReady(long nowMs, String agentId) {
        publish(Kind.AGENT_READY, nowMs, 0, agentId, null, null, null, false);
    }

    @Override
    public void agentNotReady(long nowMs, String agentId, String reason) {
        publish(Kind.AGENT_NOT_READY, nowMs, 0, agentId, null, null, reason, false);
    }

    @Override
    public void agentDeviceChanged(long nowMs, String agentId, boolean reachable) {
        publish(Kind.AGENT_DEVICE_CHANGED, nowMs, 0, agentId, null, null, null, reachable);
    }

    @Override
    public void configReloaded(long nowMs, ConfigReload reload) {
        long sequence = ring.next();
        try {
            EventSlot slot = ring.get(sequence);
            slot.set(Kind.CONFIG_RELOADED, nowMs, 0, null, null, null, null, false);
            slot.configReload = reload;
        } finally {
            ring.publish(sequence);
        }
    }

    @Override
    public void timeAdvanced(long nowMs) {
        publish(Kind.TIME_ADVANCED, nowMs, 0, null, null, null, null, false);
    }

    CompletableFuture<EngineSnapshot> requestSnapshot() {
        CompletableFuture<EngineSnapshot> reply = new CompletableFuture<>();
        long sequence = ring.next();
        try {
            EventSlot slot = ring.get(sequence);
            slot.set(Kind.SNAPSHOT_QUERY, 0, 0, null, null, null, null, false);
            slot.snapshotReply = reply;
        } finally {
            ring.publish(sequence);
        }
        return reply;
    }

    private void publish(Kind kind, long nowMs, long callId, String agentId, String queueId, String tierId,
                         String text, boolean flag) {
        long sequence = ring.next();
        try {
            EventSlot slot = ring.get(sequence);
            slot.set(kind, nowMs, callId, agentId, queueId, tierId, text, flag);
        } finally {
            ring.publish(sequence);
        }
    }
}
