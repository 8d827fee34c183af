package org.acd.core.reporting;

import java.util.List;
import org.acd.core.api.AgentState;
import org.acd.core.api.CallbackFailure;
import org.acd.core.api.CallState;
import org.acd.core.api.ExitAction;
import org.acd.core.api.ExitReason;
import org.acd.core.api.Party;
import org.acd.core.journal.JournaledOutcomes;

/**
 * Hands every outcome to several readers in turn, so that one pass over the outcomes journal feeds
 * them all (a Chronicle {@code methodReader} given several objects of one interface calls only the
 * first). Runs on the thread that feeds it; the readers' own rules apply.
 */
public final class OutcomeFanOut implements JournaledOutcomes {

    private final JournaledOutcomes[] readers;

    public OutcomeFanOut(List<? extends JournaledOutcomes> readers) {
        this.readers = readers.toArray(JournaledOutcomes[]::new);
    }

    @Override
    public void causedBy(long eventIndex) {
        for (JournaledOutcomes reader : readers) {
            reader.causedBy(eventIndex);
        }
    }

    @Override
    public void callEnteredQueue(long nowMs, long callId, String queueId, String tierId, int position) {
        for (JournaledOutcomes reader : readers) {
            reader.callEnteredQueue(nowMs, callId, queueId, tierId, position);
        }
    }

    @Override
    public void callOffered(long nowMs, long callId, String queueId, String agentId) {
        for (JournaledOutcomes reader : readers) {
            reader.callOffered(nowMs, callId, queueId, agentId);
        }
    }

    @Override
    public void callAnswered(long nowMs, long callId, String queueId, String agentId, long waitMs) {
        for (JournaledOutcomes reader : readers) {
            reader.callAnswered(nowMs, callId, queueId, agentId, waitMs);
        }
    }

    @Override
    public void callCompleted(long nowMs, long callId, String queueId, String agentId, long talkMs, Party endedBy) {
        for (JournaledOutcomes reader : readers) {
            reader.callCompleted(nowMs, callId, queueId, agentId, talkMs, endedBy);
        }
    }

    @Override
    public void callAbandoned(long nowMs, long callId, String queueId, long waitMs, int position,
                              boolean whileRinging) {
        for (JournaledOutcomes reader : readers) {
            reader.callAbandoned(nowMs, callId, queueId, waitMs, position, whileRinging);
        }
    }

    @Override
    public void callExited(long nowMs, long callId, String queueId, long waitMs, CallState finalState,
                           ExitReason reason, ExitAction action, String target) {
        for (JournaledOutcomes reader : readers) {
            reader.callExited(nowMs, callId, queueId, waitMs, finalState, reason, action, target);
        }
    }

    @Override
    public void callOverflowed(long nowMs, long callId, String fromQueueId, String toQueueId, ExitReason reason) {
        for (JournaledOutcomes reader : readers) {
            reader.callOverflowed(nowMs, callId, fromQueueId, toQueueId, reason);
        }
    }

    @Override
    public void ringNoAnswer(long nowMs, long callId, String queueId, String agentId, long ringMs) {
        for (JournaledOutcomes reader : readers) {
            reader.ringNoAnswer(nowMs, callId, queueId, agentId, ringMs);
        }
    }

    @Override
    public void callbackRequested(long nowMs, long callId, String queueId, long waitMs, int position) {
        for (JournaledOutcomes reader : readers) {
            reader.callbackRequested(nowMs, callId, queueId, waitMs, position);
        }
    }

    @Override
    public void callbackAttempted(long nowMs, long callId, String queueId, String agentId, int attempt) {
        for (JournaledOutcomes reader : readers) {
            reader.callbackAttempted(nowMs, callId, queueId, agentId, attempt);
        }
    }

    @Override
    public void callbackAnswered(long nowMs, long callId, String queueId, String agentId, int attempt) {
        for (JournaledOutcomes reader : readers) {
            reader.callbackAnswered(nowMs, callId, queueId, agentId, attempt);
        }
    }

    @Override
    public void callbackAttemptFailed(long nowMs, long callId, String queueId, String agentId, int attempt,
                                      CallbackFailure reason, long retryAtMs) {
        for (JournaledOutcomes reader : readers) {
            reader.callbackAttemptFailed(nowMs, callId, queueId, agentId, attempt, reason, retryAtMs);
        }
    }

    @Override
    public void callbackFailed(long nowMs, long callId, String queueId, long waitMs, int attempts) {
        for (JournaledOutcomes reader : readers) {
            reader.callbackFailed(nowMs, callId, queueId, waitMs, attempts);
        }
    }

    @Override
    public void agentStateChanged(long nowMs, String agentId, AgentState state, String reason) {
        for (JournaledOutcomes reader : readers) {
            reader.agentStateChanged(nowMs, agentId, state, reason);
        }
    }

    @Override
    public void eventRejected(long nowMs, String reason) {
        for (JournaledOutcomes reader : readers) {
            reader.eventRejected(nowMs, reason);
        }
    }
}
