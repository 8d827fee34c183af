package org.acd.core.api;

/**
 * The engine's decisions and their outcomes, journaled beside the events so that every report is
 * computed from the journal alone. Called on the engine thread; during replay only for events whose
 * outcomes the journal does not hold yet.
 */
public interface RoutingOutcomes {

    /** The call entered a queue; {@code position} counts from 1 among the queue's waiting calls. */
    void callEnteredQueue(long nowMs, long callId, String queueId, String tierId, int position);

    void callOffered(long nowMs, long callId, String queueId, String agentId);

    /** The agent answered; {@code waitMs} runs from the original queue entry, ring time included. */
    void callAnswered(long nowMs, long callId, String queueId, String agentId, long waitMs);

    void callCompleted(long nowMs, long callId, String queueId, String agentId, long talkMs, Party endedBy);

    /**
     * The caller hung up before an agent answered. {@code position} is the place among the queue's
     * waiting calls, from 1; a call hung up while an agent's phone rang for it was at the front: 1.
     */
    void callAbandoned(long nowMs, long callId, String queueId, long waitMs, int position, boolean whileRinging);

    /** The call left queueing without an agent: {@link CallState#TIMED_OUT} or {@link CallState#OVERFLOWED}. */
    void callExited(long nowMs, long callId, String queueId, long waitMs, CallState finalState, ExitReason reason,
                    ExitAction action, String target);

    /** The call moved to another queue, keeping its original entry time. */
    void callOverflowed(long nowMs, long callId, String fromQueueId, String toQueueId, ExitReason reason);

    /** The offered agent did not answer within the ring timeout (RONA). */
    void ringNoAnswer(long nowMs, long callId, String queueId, String agentId, long ringMs);

    /**
     * The caller accepted a callback and left the line; the call keeps its place. {@code position}
     * as for {@link #callAbandoned}. Not an abandon: the call ends in {@link #callAnswered} (the
     * callback was delivered) or {@link #callbackFailed}.
     */
    void callbackRequested(long nowMs, long callId, String queueId, long waitMs, int position);

    /** The call reached the head with the agent free: the customer is being called back, attempt {@code attempt} from 1. */
    void callbackAttempted(long nowMs, long callId, String queueId, String agentId, int attempt);

    /** The customer answered the callback; the agent's phone rings. */
    void callbackAnswered(long nowMs, long callId, String queueId, String agentId, int attempt);

    /**
     * The attempt did not reach the customer (or the customer hung up before the agent answered;
     * {@code agentId} empty when no agent was being rung); the next attempt is due at
     * {@code retryAtMs}, or 0 when none follows and {@link #callbackFailed} comes next.
     */
    void callbackAttemptFailed(long nowMs, long callId, String queueId, String agentId, int attempt,
                               CallbackFailure reason, long retryAtMs);

    /** The callback has failed for good after {@code attempts} attempts; {@code waitMs} from the original entry. */
    void callbackFailed(long nowMs, long callId, String queueId, long waitMs, int attempts);

    void agentStateChanged(long nowMs, String agentId, AgentState state, String reason);

    /** An event the engine could not apply, with why; nothing else changed. */
    void eventRejected(long nowMs, String reason);
}
