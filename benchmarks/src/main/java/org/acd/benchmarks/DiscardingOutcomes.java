package org.acd.benchmarks;

import org.acd.core.api.AgentState;
import org.acd.core.api.CallState;
import org.acd.core.api.CallbackFailure;
import org.acd.core.api.ExitAction;
import org.acd.core.api.ExitReason;
import org.acd.core.api.Party;
import org.acd.core.api.RoutingOutcomes;

/** Outcomes nobody journals: the bare engine's decisions alone are measured. Engine thread only. */
final class DiscardingOutcomes implements RoutingOutcomes {

    @Override
    public void callEnteredQueue(long nowMs, long callId, String queueId, String tierId, int position) {
    }

    @Override
    public void callOffered(long nowMs, long callId, String queueId, String agentId) {
    }

    @Override
    public void callAnswered(long nowMs, long callId, String queueId, String agentId, long waitMs) {
    }

    @Override
    public void callCompleted(long nowMs, long callId, String queueId, String agentId, long talkMs, Party endedBy) {
    }

    @Override
    public void callAbandoned(long nowMs, long callId, String queueId, long waitMs, int position,
                              boolean whileRinging) {
    }

    @Override
    public void callExited(long nowMs, long callId, String queueId, long waitMs, CallState finalState,
                           ExitReason reason, ExitAction action, String target) {
    }

    @Override
    public void callOverflowed(long nowMs, long callId, String fromQueueId, String toQueueId, ExitReason reason) {
    }

    @Override
    public void ringNoAnswer(long nowMs, long callId, String queueId, String agentId, long ringMs) {
    }

    @Override
    public void agentStateChanged(long nowMs, String agentId, AgentState state, String reason) {
    }

    @Override
    public void eventRejected(long nowMs, String reason) {
    }

    @Override
    public void callbackRequested(long nowMs, long callId, String queueId, long waitMs, int position) {
    }

    @Override
    public void callbackAttempted(long nowMs, long callId, String queueId, String agentId, int attempt) {
    }

    @Override
    public void callbackAnswered(long nowMs, long callId, String queueId, String agentId, int attempt) {
    }

    @Override
    public void callbackAttemptFailed(long nowMs, long callId, String queueId, String agentId, int attempt,
                                      CallbackFailure reason, long retryAtMs) {
    }

    @Override
    public void callbackFailed(long nowMs, long callId, String queueId, long waitMs, int attempts) {
    }
}
