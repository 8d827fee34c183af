package org.acd.core.reporting;

import org.acd.core.api.AgentState;

/**
 * Running figures of one agent: calls, and time per state from the agent's state changes. Time
 * outside [{@code countFromMs}, {@code countUntilMs}) is left out. Mutable, owned by the {@link KpiCalculator} that feeds it.
 */
final class AgentTally {

    private final long countFromMs;
    private final long countUntilMs;
    private AgentState state = AgentState.LOGGED_OUT;
    private long stateSinceMs;
    private long answered;
    private long completed;
    private long talkMs;
    private long wrapUpMs;
    private long onCallMs;
    private long readyIdleMs;
    private long ringNoAnswers;
    private long callbacksDelivered;
    private long callbackAttemptsFailed;

    AgentTally(long countFromMs, long countUntilMs) {
        this.countFromMs = countFromMs;
        this.countUntilMs = countUntilMs;
    }

    void answered() {
        answered++;
    }

    void completed(long talkMs) {
        completed++;
        this.talkMs += talkMs;
    }

    void ringNoAnswer() {
        ringNoAnswers++;
    }

    void callbackDelivered() {
        callbacksDelivered++;
    }

    void callbackAttemptFailed() {
        callbackAttemptsFailed++;
    }

    void stateChanged(long nowMs, AgentState newState) {
        long spentMs = countedMs(nowMs);
        switch (state) {
            case WRAP_UP -> wrapUpMs += spentMs;
            case ON_CALL -> onCallMs += spentMs;
            case READY -> readyIdleMs += spentMs;
            default -> {
                // Not-ready, logged-out and ringing time enter no figure.
            }
        }
        state = newState;
        stateSinceMs = nowMs;
    }

    private long countedMs(long untilMs) {
        return Math.max(0, Math.min(untilMs, countUntilMs) - Math.max(stateSinceMs, countFromMs));
    }

    /** The figures with the current state counted up to {@code asOfMs}. */
    AgentReport report(long asOfMs) {
        long openMs = countedMs(asOfMs);
        return new AgentReport(answered, completed, talkMs,
                wrapUpMs + (state == AgentState.WRAP_UP ? openMs : 0),
                onCallMs + (state == AgentState.ON_CALL ? openMs : 0),
                readyIdleMs + (state == AgentState.READY ? openMs : 0), ringNoAnswers, callbacksDelivered,
                callbackAttemptsFailed);
    }
}
