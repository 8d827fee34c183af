package org.acd.core.testing;

import org.acd.core.api.AcdEvents;
import org.acd.core.api.CallbackFailure;
import org.acd.core.api.ConfigReload;
import org.acd.core.api.ExitAction;
import org.acd.core.api.QueueRequest;
import org.acd.core.model.RoutingConfig;

/**
 * One {@link AcdEvents} call held as data, so that a workload can be printed, kept and fed again to
 * another engine or runtime. {@code expect} is what the generator meant: an event that must apply,
 * one that must be rejected, or one whose fate depends on timers that fire before it.
 */
public record WorkloadEvent(Kind kind, long nowMs, long callId, String agentId, String queueId, String tierId,
                            String text, boolean flag, QueueRequest request, int number, ExitAction action,
                            ConfigReload reload, Expect expect) {

    public enum Kind {
        CALL_QUEUED, CALLBACK_REQUESTED, CALLBACK_ANSWERED, CALLBACK_FAILED, CALL_MOVED, CALL_PRIORITY_CHANGED,
        CALL_SENT_OUT, CALLER_HUNG_UP, AGENT_HUNG_UP, AGENT_ANSWERED, OFFER_FAILED, AGENT_LOGGED_IN, AGENT_LOGGED_OUT,
        AGENT_READY, AGENT_NOT_READY, AGENT_DEVICE_CHANGED, CONFIG_RELOADED, TIME_ADVANCED
    }

    public enum Expect {
        /** The engine must apply it: no rejection. */
        APPLIES,
        /** The engine must reject it, through one {@code eventRejected} outcome. */
        REJECTED,
        /** Timers due before it may have changed what it refers to (a race, as in production). */
        EITHER
    }

    public static WorkloadEvent callQueued(long nowMs, long callId, String queueId, String tierId, String callerNumber,
                                           QueueRequest request, Expect expect) {
        return new WorkloadEvent(Kind.CALL_QUEUED, nowMs, callId, null, queueId, tierId, callerNumber, false, request,
                0, null, null, expect);
    }

    /** A callback event: the number to call for {@code CALLBACK_REQUESTED}, the failure's name for {@code CALLBACK_FAILED}. */
    public static WorkloadEvent onCallback(Kind kind, long nowMs, long callId, String text, Expect expect) {
        return new WorkloadEvent(kind, nowMs, callId, null, null, null, text, false, null, 0, null, null, expect);
    }

    public static WorkloadEvent callMoved(long nowMs, long callId, String queueId, Expect expect) {
        return new WorkloadEvent(Kind.CALL_MOVED, nowMs, callId, null, queueId, null, null, false, null, 0, null, null,
                expect);
    }

    public static WorkloadEvent callPriorityChanged(long nowMs, long callId, int priority, Expect expect) {
        return new WorkloadEvent(Kind.CALL_PRIORITY_CHANGED, nowMs, callId, null, null, null, null, false, null,
                priority, null, null, expect);
    }

    public static WorkloadEvent callSentOut(long nowMs, long callId, ExitAction action, String target, Expect expect) {
        return new WorkloadEvent(Kind.CALL_SENT_OUT, nowMs, callId, null, null, null, target, false, null, 0, action,
                null, expect);
    }

    public static WorkloadEvent onCall(Kind kind, long nowMs, long callId, String agentId, Expect expect) {
        return new WorkloadEvent(kind, nowMs, callId, agentId, null, null, null, false, null, 0, null, null, expect);
    }

    public static WorkloadEvent onAgent(Kind kind, long nowMs, String agentId, String text, boolean flag, Expect expect) {
        return new WorkloadEvent(kind, nowMs, 0, agentId, null, null, text, flag, null, 0, null, null, expect);
    }

    /** A reload of {@code config}, {@code source} being the Java expression that makes it, for {@link #toString}. */
    public static WorkloadEvent configReloaded(long nowMs, RoutingConfig config, String source, Expect expect) {
        return new WorkloadEvent(Kind.CONFIG_RELOADED, nowMs, 0, null, null, null, source, false, null, 0, null,
                ConfigReload.of(config), expect);
    }

    public static WorkloadEvent timeAdvanced(long nowMs) {
        return new WorkloadEvent(Kind.TIME_ADVANCED, nowMs, 0, null, null, null, null, false, null, 0, null,
                null, Expect.APPLIES);
    }

    /** Makes the call this event stands for on {@code target}. */
    public void applyTo(AcdEvents target) {
        switch (kind) {
            case CALL_QUEUED -> target.callQueued(nowMs, callId, queueId, tierId, text, request);
            case CALLBACK_REQUESTED -> target.callbackRequested(nowMs, callId, text);
            case CALLBACK_ANSWERED -> target.callbackAnswered(nowMs, callId);
            case CALLBACK_FAILED -> target.callbackFailed(nowMs, callId, CallbackFailure.valueOf(text));
            case CALL_MOVED -> target.callMoved(nowMs, callId, queueId);
            case CALL_PRIORITY_CHANGED -> target.callPriorityChanged(nowMs, callId, number);
            case CALL_SENT_OUT -> target.callSentOut(nowMs, callId, action, text);
            case CALLER_HUNG_UP -> target.callerHungUp(nowMs, callId);
            case AGENT_HUNG_UP -> target.agentHungUp(nowMs, callId);
            case AGENT_ANSWERED -> target.agentAnswered(nowMs, agentId, callId);
            case OFFER_FAILED -> target.offerFailed(nowMs, agentId, callId);
            case AGENT_LOGGED_IN -> target.agentLoggedIn(nowMs, agentId);
            case AGENT_LOGGED_OUT -> target.agentLoggedOut(nowMs, agentId);
            case AGENT_READY -> target.agentReady(nowMs, agentId);
            case AGENT_NOT_READY -> target.agentNotReady(nowMs, agentId, text);
            case AGENT_DEVICE_CHANGED -> target.agentDeviceChanged(nowMs, agentId, flag);
            case CONFIG_RELOADED -> target.configReloaded(nowMs, reload);
            case TIME_ADVANCED -> target.timeAdvanced(nowMs);
        }
    }

    /** Java source that replays this event on an {@code AcdEvents} named {@code events}. */
    @Override
    public String toString() {
        String call = switch (kind) {
            case CALL_QUEUED -> "callQueued(" + nowMs + "L, " + callId + ", " + quote(queueId) + ", " + quote(tierId)
                    + ", " + quote(text) + ", " + source(request) + ")";
            case CALLBACK_REQUESTED -> "callbackRequested(" + nowMs + "L, " + callId + ", " + quote(text) + ")";
            case CALLBACK_ANSWERED -> "callbackAnswered(" + nowMs + "L, " + callId + ")";
            case CALLBACK_FAILED -> "callbackFailed(" + nowMs + "L, " + callId + ", CallbackFailure." + text + ")";
            case CALL_MOVED -> "callMoved(" + nowMs + "L, " + callId + ", " + quote(queueId) + ")";
            case CALL_PRIORITY_CHANGED -> "callPriorityChanged(" + nowMs + "L, " + callId + ", " + number + ")";
            case CALL_SENT_OUT -> "callSentOut(" + nowMs + "L, " + callId + ", ExitAction." + action + ", " + quote(text)
                    + ")";
            case CALLER_HUNG_UP -> "callerHungUp(" + nowMs + "L, " + callId + ")";
            case AGENT_HUNG_UP -> "agentHungUp(" + nowMs + "L, " + callId + ")";
            case AGENT_ANSWERED -> "agentAnswered(" + nowMs + "L, " + quote(agentId) + ", " + callId + ")";
            case OFFER_FAILED -> "offerFailed(" + nowMs + "L, " + quote(agentId) + ", " + callId + ")";
            case AGENT_LOGGED_IN -> "agentLoggedIn(" + nowMs + "L, " + quote(agentId) + ")";
            case AGENT_LOGGED_OUT -> "agentLoggedOut(" + nowMs + "L, " + quote(agentId) + ")";
            case AGENT_READY -> "agentReady(" + nowMs + "L, " + quote(agentId) + ")";
            case AGENT_NOT_READY -> "agentNotReady(" + nowMs + "L, " + quote(agentId) + ", " + quote(text) + ")";
            case AGENT_DEVICE_CHANGED -> "agentDeviceChanged(" + nowMs + "L, " + quote(agentId) + ", " + flag + ")";
            case CONFIG_RELOADED -> "configReloaded(" + nowMs + "L, ConfigReload.of(" + text + "))";
            case TIME_ADVANCED -> "timeAdvanced(" + nowMs + "L)";
        };
        return "events." + call + ";" + (expect == Expect.APPLIES ? "" : " // expect " + expect);
    }

    private static String source(QueueRequest request) {
        if (request == null || request.equals(QueueRequest.NONE)) {
            return "QueueRequest.NONE";
        }
        StringBuilder skills = new StringBuilder("Map.of(");
        request.extraSkills().forEach((skill, min) -> skills.append(skills.length() > 7 ? ", " : "")
                .append(quote(skill)).append(", ").append(min));
        return "new QueueRequest(" + skills + "), " + request.extraPriority() + ", "
                + request.callbackOfferAfterWaitMs() + "L)";
    }

    private static String quote(String text) {
        return text == null ? "null" : "\"" + text + "\"";
    }
}
