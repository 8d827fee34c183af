package org.acd.core.journal;

import net.openhft.chronicle.bytes.MethodId;
import org.acd.core.api.AgentState;
import org.acd.core.api.CallState;
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
    @MethodId(1)
    void causedBy(long eventIndex);

    @Override
    @MethodId(2)
    void callEnteredQueue(long nowMs, long callId, String queueId, String tierId, int position);

    @Override
    @MethodId(3)
    void callOffered(long nowMs, long callId, String queueId, String agentId);

    @Override
    @MethodId(4)
    void callAnswered(long nowMs, long callId, String queueId, String agentId, long waitMs);

    @Override
    @MethodId(5)
    void callCompleted(long nowMs, long callId, String queueId, String agentId, long talkMs, Party endedBy);

    @Override
    @MethodId(6)
    void callAbandoned(long nowMs, long callId, String queueId, long waitMs, int position, boolean whileRinging);

    @Override
    @MethodId(7)
    void callExited(long nowMs, long callId, String queueId, long waitMs, CallState finalState, ExitReason reason,
                    ExitAction action, String target);

    @Override
    @MethodId(8)
    void callOverflowed(long nowMs, long callId, String fromQueueId, String toQueueId, ExitReason reason);

    @Override
    @MethodId(9)
    void ringNoAnswer(long nowMs, long callId, String queueId, String agentId, long ringMs);

    @Override
    @MethodId(10)
    void agentStateChanged(long nowMs, String agentId, AgentState state, String reason);

    @Override
    @MethodId(11)
    void eventRejected(long nowMs, String reason);
}
