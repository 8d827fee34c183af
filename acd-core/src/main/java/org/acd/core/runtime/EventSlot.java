package org.acd.core.runtime;

import java.util.concurrent.CompletableFuture;
import org.acd.core.api.AcdEvents;
import org.acd.core.api.CallbackFailure;
import org.acd.core.api.ConfigReload;
import org.acd.core.api.ExitAction;
import org.acd.core.api.QueueRequest;
import org.acd.core.view.EngineSnapshot;

/**
 * One entry of the input ring: an {@link AcdEvents} call held as data, reused for every event that
 * passes through the slot, so that publishing allocates nothing. A slot may instead hold a snapshot
 * query, which is answered by the engine and never journaled.
 */
final class EventSlot {

    enum Kind {
        CALL_QUEUED, CALLBACK_REQUESTED, CALLBACK_ANSWERED, CALLBACK_FAILED, CALL_MOVED, CALL_PRIORITY_CHANGED,
        CALL_SENT_OUT, CALLER_HUNG_UP, AGENT_HUNG_UP,
        AGENT_ANSWERED, OFFER_FAILED, AGENT_LOGGED_IN, AGENT_LOGGED_OUT, AGENT_READY, AGENT_NOT_READY,
        AGENT_DEVICE_CHANGED, CONFIG_RELOADED, TIME_ADVANCED, SNAPSHOT_QUERY
    }

    /** Marks a slot whose event could not be journaled; the engine must not apply it. */
    static final long NOT_JOURNALED = Long.MIN_VALUE;
    /** Marks a slot the engine has not applied an event from (yet, or at all). */
    static final long NOT_HANDLED = Long.MIN_VALUE;

    Kind kind;
    long nowMs;
    long callId;
    String agentId;
    String queueId;
    String tierId;
    /** The caller's number, the number to call back, or the not-ready reason. */
    String text;
    boolean flag;
    /** What a queued call asks for beyond queue and tier. */
    QueueRequest request;
    ConfigReload configReload;
    CallbackFailure callbackFailure;
    ExitAction exitAction;
    int priority;
    /** Set by the journaling handler: where the event landed in the events journal. */
    long journalIndex;
    CompletableFuture<EngineSnapshot> snapshotReply;
    /** {@link System#nanoTime()} when the publisher filled the slot. */
    long publishedNs;
    /** {@link System#nanoTime()} when the engine had applied the event, or {@link #NOT_HANDLED}. */
    long handledNs;

    /** Fills the slot for a new event or query, stamping when it was published. */
    void set(Kind kind, long nowMs, long callId, String agentId, String queueId, String tierId, String text,
             boolean flag) {
        this.kind = kind;
        this.nowMs = nowMs;
        this.callId = callId;
        this.agentId = agentId;
        this.queueId = queueId;
        this.tierId = tierId;
        this.text = text;
        this.flag = flag;
        this.request = null;
        this.configReload = null;
        this.callbackFailure = null;
        this.exitAction = null;
        this.priority = 0;
        this.snapshotReply = null;
        this.journalIndex = NOT_JOURNALED;
        this.handledNs = NOT_HANDLED;
        this.publishedNs = System.nanoTime();
    }

    boolean isEvent() {
        return kind != Kind.SNAPSHOT_QUERY;
    }

    /** Makes the call this slot holds on {@code target}. */
    void replayInto(AcdEvents target) {
        switch (kind) {
            case CALL_QUEUED -> target.callQueued(nowMs, callId, queueId, tierId, text, request);
            case CALLBACK_REQUESTED -> target.callbackRequested(nowMs, callId, text);
            case CALLBACK_ANSWERED -> target.callbackAnswered(nowMs, callId);
            case CALLBACK_FAILED -> target.callbackFailed(nowMs, callId, callbackFailure);
            case CALL_MOVED -> target.callMoved(nowMs, callId, queueId);
            case CALL_PRIORITY_CHANGED -> target.callPriorityChanged(nowMs, callId, priority);
            case CALL_SENT_OUT -> target.callSentOut(nowMs, callId, exitAction, text);
            case CALLER_HUNG_UP -> target.callerHungUp(nowMs, callId);
            case AGENT_HUNG_UP -> target.agentHungUp(nowMs, callId);
            case AGENT_ANSWERED -> target.agentAnswered(nowMs, agentId, callId);
            case OFFER_FAILED -> target.offerFailed(nowMs, agentId, callId);
            case AGENT_LOGGED_IN -> target.agentLoggedIn(nowMs, agentId);
            case AGENT_LOGGED_OUT -> target.agentLoggedOut(nowMs, agentId);
            case AGENT_READY -> target.agentReady(nowMs, agentId);
            case AGENT_NOT_READY -> target.agentNotReady(nowMs, agentId, text);
            case AGENT_DEVICE_CHANGED -> target.agentDeviceChanged(nowMs, agentId, flag);
            case CONFIG_RELOADED -> target.configReloaded(nowMs, configReload);
            case TIME_ADVANCED -> target.timeAdvanced(nowMs);
            case SNAPSHOT_QUERY -> throw new IllegalStateException("a snapshot query is not an event");
        }
    }

    @Override
    public String toString() {
        return kind + "(at " + nowMs + ", call " + callId + ", agent " + agentId + ", queue " + queueId + ", tier "
                + tierId + ", " + text + ", " + flag + (request == null ? "" : ", " + request)
                + (callbackFailure == null ? "" : ", " + callbackFailure) + (exitAction == null ? "" : ", " + exitAction)
                + (kind == Kind.CALL_PRIORITY_CHANGED ? ", priority " + priority : "") + ")";
    }
}
