package org.acd.core.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.acd.core.api.AgentState;
import org.acd.core.api.CallState;
import org.acd.core.api.CallbackFailure;
import org.acd.core.api.ExitAction;
import org.acd.core.api.ExitReason;
import org.acd.core.api.Party;
import org.acd.core.journal.JournaledOutcomes;

/**
 * Records the engine's outcomes as readable lines, e.g. {@code abandoned 7 support wait=3000 pos=2 ringing=false};
 * read back from a journal it also records the {@code causedBy} headers.
 */
public final class RecordedOutcomes implements JournaledOutcomes {

    private final List<String> lines = new ArrayList<>();

    @Override
    public void causedBy(long eventIndex) {
        lines.add("causedBy " + eventIndex);
    }

    @Override
    public void callEnteredQueue(long nowMs, long callId, String queueId, String tierId, int position) {
        lines.add("entered " + callId + " " + queueId + " tier=" + tierId + " pos=" + position);
    }

    @Override
    public void callOffered(long nowMs, long callId, String queueId, String agentId) {
        lines.add("offered " + callId + " -> " + agentId);
    }

    @Override
    public void callAnswered(long nowMs, long callId, String queueId, String agentId, long waitMs) {
        lines.add("answered " + callId + " by " + agentId + " wait=" + waitMs);
    }

    @Override
    public void callCompleted(long nowMs, long callId, String queueId, String agentId, long talkMs, Party endedBy) {
        lines.add("completed " + callId + " by " + agentId + " talk=" + talkMs + " endedBy=" + endedBy);
    }

    @Override
    public void callAbandoned(long nowMs, long callId, String queueId, long waitMs, int position,
                              boolean whileRinging) {
        lines.add("abandoned " + callId + " " + queueId + " wait=" + waitMs + " pos=" + position
                + " ringing=" + whileRinging);
    }

    @Override
    public void callExited(long nowMs, long callId, String queueId, long waitMs, CallState finalState,
                           ExitReason reason, ExitAction action, String target) {
        lines.add("exited " + callId + " " + queueId + " " + finalState + " " + reason + " " + action
                + " wait=" + waitMs);
    }

    @Override
    public void callOverflowed(long nowMs, long callId, String fromQueueId, String toQueueId, ExitReason reason) {
        lines.add("overflowed " + callId + " " + fromQueueId + " -> " + toQueueId + " " + reason);
    }

    @Override
    public void ringNoAnswer(long nowMs, long callId, String queueId, String agentId, long ringMs) {
        lines.add("rona " + callId + " " + agentId + " ring=" + ringMs);
    }

    @Override
    public void callbackRequested(long nowMs, long callId, String queueId, long waitMs, int position) {
        lines.add("callback requested " + callId + " " + queueId + " wait=" + waitMs + " pos=" + position);
    }

    @Override
    public void callbackAttempted(long nowMs, long callId, String queueId, String agentId, int attempt) {
        lines.add("callback attempt " + callId + " #" + attempt + " -> " + agentId);
    }

    @Override
    public void callbackAnswered(long nowMs, long callId, String queueId, String agentId, int attempt) {
        lines.add("callback answered " + callId + " #" + attempt + " -> " + agentId);
    }

    @Override
    public void callbackAttemptFailed(long nowMs, long callId, String queueId, String agentId, int attempt,
                                      CallbackFailure reason, long retryAtMs) {
        lines.add("callback attempt failed " + callId + " #" + attempt + " -> " + agentId + " " + reason
                + (retryAtMs == 0 ? " no retry" : " retry at " + retryAtMs));
    }

    @Override
    public void callbackFailed(long nowMs, long callId, String queueId, long waitMs, int attempts) {
        lines.add("callback failed " + callId + " " + queueId + " wait=" + waitMs + " attempts=" + attempts);
    }

    @Override
    public void agentStateChanged(long nowMs, String agentId, AgentState state, String reason) {
        lines.add("agent " + agentId + " " + state + (reason.isEmpty() ? "" : "(" + reason + ")"));
    }

    @Override
    public void eventRejected(long nowMs, String reason) {
        lines.add("rejected " + reason);
    }

    public List<String> lines() {
        return List.copyOf(lines);
    }

    public List<String> matching(String prefix) {
        return lines.stream().filter(startsWith(prefix)).toList();
    }

    private static Predicate<String> startsWith(String prefix) {
        return line -> line.startsWith(prefix);
    }

    public void clear() {
        lines.clear();
    }
}
