package org.acd.server.demo;

import java.io.PrintWriter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.acd.core.api.AgentState;
import org.acd.core.api.CallState;
import org.acd.core.api.CallbackFailure;
import org.acd.core.api.ExitAction;
import org.acd.core.api.ExitReason;
import org.acd.core.api.NotReadyReasons;
import org.acd.core.api.Party;
import org.acd.core.journal.JournaledOutcomes;

/**
 * Tells the engine's outcomes as they come out of the outcomes journal, one line each: a call
 * queued, ringing, answered, ended, abandoned, moved or timed out, a ring-no-answer, an agent
 * logging in, going on a break or back. Agents' routine moves (ringing, on call, wrap-up) are left
 * to the status line. Called on the console thread.
 */
final class OutcomeNarrator implements JournaledOutcomes {

    /** Wide enough for "call " and any call id. */
    static final String LINE = "%s  %-24s %-10s %s%n";
    private static final String SHORT_LINE = "%s  %-24s %s%n";

    private final PrintWriter out;
    private long startMs = -1;
    private final Map<String, AgentState> agentStates = new HashMap<>();
    /** Whose phone rings for each call that is ringing. */
    private final Map<Long, String> ringingAgents = new HashMap<>();

    OutcomeNarrator(PrintWriter out) {
        this.out = out;
    }

    /** Times are told from {@code startMs} on, when the demo began; nothing is read before. */
    void countFrom(long startMs) {
        this.startMs = startMs;
    }

    boolean isCounting() {
        return startMs >= 0;
    }

    @Override
    public void causedBy(long eventIndex) {
        // Which event caused the outcomes matters to recovery, not to the story.
    }

    @Override
    public void callEnteredQueue(long nowMs, long callId, String queueId, String tierId, int position) {
        call(nowMs, callId, "queued", queueId + ", " + tierId + ", position " + position);
    }

    @Override
    public void callOffered(long nowMs, long callId, String queueId, String agentId) {
        ringingAgents.put(callId, agentId);
        call(nowMs, callId, "ringing", agentId);
    }

    @Override
    public void callAnswered(long nowMs, long callId, String queueId, String agentId, long waitMs) {
        ringingAgents.remove(callId);
        call(nowMs, callId, "answered", "by " + agentId + " after " + ElapsedTime.seconds(waitMs));
    }

    @Override
    public void callCompleted(long nowMs, long callId, String queueId, String agentId, long talkMs, Party endedBy) {
        String who = endedBy == Party.CALLER ? "caller" : agentId;
        call(nowMs, callId, "ended", ElapsedTime.seconds(talkMs) + " talk, " + who + " hung up");
    }

    @Override
    public void callAbandoned(long nowMs, long callId, String queueId, long waitMs, int position,
                              boolean whileRinging) {
        String ringingAgent = ringingAgents.remove(callId);
        String where = whileRinging ? "while " + ringingAgent + "'s phone rang" : "at position " + position;
        call(nowMs, callId, "abandoned", "in " + queueId + " after " + ElapsedTime.seconds(waitMs) + ", " + where);
    }

    @Override
    public void callExited(long nowMs, long callId, String queueId, long waitMs, CallState finalState,
                           ExitReason reason, ExitAction action, String target) {
        String verb = finalState == CallState.TIMED_OUT ? "timed out" : "left";
        String to = action.name().toLowerCase(Locale.ROOT) + (target.isEmpty() ? "" : " " + target);
        call(nowMs, callId, verb, queueId + " after " + ElapsedTime.seconds(waitMs) + " -> " + to);
    }

    @Override
    public void callOverflowed(long nowMs, long callId, String fromQueueId, String toQueueId, ExitReason reason) {
        call(nowMs, callId, "moved", fromQueueId + " -> " + toQueueId + " ("
                + reason.name().toLowerCase(Locale.ROOT).replace('_', ' ') + ")");
    }

    @Override
    public void ringNoAnswer(long nowMs, long callId, String queueId, String agentId, long ringMs) {
        ringingAgents.remove(callId);
        call(nowMs, callId, "RONA", agentId + " let it ring " + ElapsedTime.seconds(ringMs)
                + "; the call keeps its place, " + agentId + " is set not ready");
    }

    @Override
    public void callbackRequested(long nowMs, long callId, String queueId, long waitMs, int position) {
        call(nowMs, callId, "callback requested", "in " + queueId + " after " + ElapsedTime.seconds(waitMs)
                + " at position " + position + "; the call keeps its place");
    }

    @Override
    public void callbackAttempted(long nowMs, long callId, String queueId, String agentId, int attempt) {
        ringingAgents.put(callId, agentId);
        call(nowMs, callId, "calling back", "attempt " + attempt + " for " + agentId);
    }

    @Override
    public void callbackAnswered(long nowMs, long callId, String queueId, String agentId, int attempt) {
        call(nowMs, callId, "callback answered", "ringing " + agentId);
    }

    @Override
    public void callbackAttemptFailed(long nowMs, long callId, String queueId, String agentId, int attempt,
                                      CallbackFailure reason, long retryAtMs) {
        ringingAgents.remove(callId);
        call(nowMs, callId, "callback attempt failed", "attempt " + attempt + ", "
                + reason.name().toLowerCase(Locale.ROOT).replace('_', ' ')
                + (retryAtMs == 0 ? "" : ", retry in " + ElapsedTime.seconds(retryAtMs - nowMs)));
    }

    @Override
    public void callbackFailed(long nowMs, long callId, String queueId, long waitMs, int attempts) {
        call(nowMs, callId, "callback failed", "after " + attempts + " attempts");
    }

    @Override
    public void agentStateChanged(long nowMs, String agentId, AgentState state, String reason) {
        AgentState previous = agentStates.put(agentId, state);
        if (state == AgentState.READY && (previous == null || previous == AgentState.LOGGED_OUT)) {
            line(nowMs, "agent " + agentId, "logged in");
        } else if (state == AgentState.READY && previous == AgentState.NOT_READY) {
            line(nowMs, "agent " + agentId, "ready");
        } else if (state == AgentState.NOT_READY && !NotReadyReasons.RONA.equals(reason)) {
            line(nowMs, "agent " + agentId, "not ready", reason);
        }
    }

    @Override
    public void eventRejected(long nowMs, String reason) {
        line(nowMs, "engine", "rejected", reason);
    }

    private void call(long nowMs, long callId, String verb, String detail) {
        line(nowMs, "call " + callId, verb, detail);
    }

    private void line(long nowMs, String subject, String verb, String detail) {
        out.printf(Locale.ROOT, LINE, ElapsedTime.stamp(startMs, nowMs), subject, verb, detail);
    }

    private void line(long nowMs, String subject, String verb) {
        out.printf(Locale.ROOT, SHORT_LINE, ElapsedTime.stamp(startMs, nowMs), subject, verb);
    }
}
