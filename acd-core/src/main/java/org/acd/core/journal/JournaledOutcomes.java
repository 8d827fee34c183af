package org.acd.core.journal;

import net.openhft.chronicle.bytes.MethodId;
import org.acd.core.api.AgentState;
import org.acd.core.api.CallState;
import org.acd.core.api.CallbackFailure;
import org.acd.core.api.ExitAction;
import org.acd.core.api.ExitReason;
import org.acd.core.api.Party;
import org.acd.core.api.RoutingOutcomes;

/**
 * The record format of the outcomes journal: the engine's outcomes, each group preceded by the
 * journal index of the event that caused it. Recovery reads the last group to find which event's
 * outcomes were written, and how many of them.
 *
 * <p>Each method is written with a small numeric id instead of its name, which keeps the engine's
 * appends short. A reader must implement this interface (not only {@link RoutingOutcomes}) to map
 * the ids back to methods; it also reads journals written with names, before the ids.
 */
public interface JournaledOutcomes extends RoutingOutcomes {

    /** The outcomes that follow were caused by the event at {@code eventIndex} in the events journal. */
    @MethodId(OutcomeMethodIds.CAUSED_BY)
    void causedBy(long eventIndex);

    @Override
    @MethodId(OutcomeMethodIds.CALL_ENTERED_QUEUE)
    void callEnteredQueue(long nowMs, long callId, String queueId, String tierId, int position);

    @Override
    @MethodId(OutcomeMethodIds.CALL_OFFERED)
    void callOffered(long nowMs, long callId, String queueId, String agentId);

    @Override
    @MethodId(OutcomeMethodIds.CALL_ANSWERED)
    void callAnswered(long nowMs, long callId, String queueId, String agentId, long waitMs);

    @Override
    @MethodId(OutcomeMethodIds.CALL_COMPLETED)
    void callCompleted(long nowMs, long callId, String queueId, String agentId, long talkMs, Party endedBy);

    @Override
    @MethodId(OutcomeMethodIds.CALL_ABANDONED)
    void callAbandoned(long nowMs, long callId, String queueId, long waitMs, int position, boolean whileRinging);

    @Override
    @MethodId(OutcomeMethodIds.CALL_EXITED)
    void callExited(long nowMs, long callId, String queueId, long waitMs, CallState finalState, ExitReason reason,
                    ExitAction action, String target);

    @Override
    @MethodId(OutcomeMethodIds.CALL_OVERFLOWED)
    void callOverflowed(long nowMs, long callId, String fromQueueId, String toQueueId, ExitReason reason);

    @Override
    @MethodId(OutcomeMethodIds.RING_NO_ANSWER)
    void ringNoAnswer(long nowMs, long callId, String queueId, String agentId, long ringMs);

    @Override
    @MethodId(OutcomeMethodIds.CALLBACK_REQUESTED)
    void callbackRequested(long nowMs, long callId, String queueId, long waitMs, int position);

    @Override
    @MethodId(OutcomeMethodIds.CALLBACK_ATTEMPTED)
    void callbackAttempted(long nowMs, long callId, String queueId, String agentId, int attempt);

    @Override
    @MethodId(OutcomeMethodIds.CALLBACK_ANSWERED)
    void callbackAnswered(long nowMs, long callId, String queueId, String agentId, int attempt);

    @Override
    @MethodId(OutcomeMethodIds.CALLBACK_ATTEMPT_FAILED)
    void callbackAttemptFailed(long nowMs, long callId, String queueId, String agentId, int attempt,
                               CallbackFailure reason, long retryAtMs);

    @Override
    @MethodId(OutcomeMethodIds.CALLBACK_FAILED)
    void callbackFailed(long nowMs, long callId, String queueId, long waitMs, int attempts);

    @Override
    @MethodId(OutcomeMethodIds.AGENT_STATE_CHANGED)
    void agentStateChanged(long nowMs, String agentId, AgentState state, String reason);

    @Override
    @MethodId(OutcomeMethodIds.EVENT_REJECTED)
    void eventRejected(long nowMs, String reason);
}
