package org.acd.core.journal;

import org.acd.core.api.AgentState;
import org.acd.core.api.CallState;
import org.acd.core.api.CallbackFailure;
import org.acd.core.api.ExitAction;
import org.acd.core.api.ExitReason;
import org.acd.core.api.Party;
import org.acd.core.api.RoutingOutcomes;

/**
 * The engine's outcome sink: writes each outcome to the outcomes journal, after a
 * {@link JournaledOutcomes#causedBy} header the first time an event produces one, all of them in one
 * record per event ({@link OutcomeRecords}). During recovery it drops the outcomes the journal
 * already holds, so a replay writes only the ones a crash cut off. The pipeline brackets each
 * event with {@link #beginEvent} and {@link #endEvent}. Engine thread only.
 */
public final class OutcomeRecorder implements RoutingOutcomes {

    /** Passed as {@code alreadyJournaled} when all of an event's outcomes are in the journal. */
    public static final long ALL = Long.MAX_VALUE;

    private final OutcomeRecords records;
    private final JournaledOutcomes writer;
    private long eventIndex;
    private boolean headerWritten;
    private long toSkip;

    public OutcomeRecorder(OutcomeRecords records) {
        this.records = records;
        this.writer = records.writer();
    }

    /** Writes each outcome as it comes, with no record per event. */
    public OutcomeRecorder(JournaledOutcomes writer) {
        this(OutcomeRecords.unframed(writer));
    }

    /**
     * Outcomes from here on are caused by the event at {@code eventIndex}; the first
     * {@code alreadyJournaled} of them are in the journal already and are not written again.
     */
    public void beginEvent(long eventIndex, long alreadyJournaled) {
        endEvent();
        this.eventIndex = eventIndex;
        this.headerWritten = false;
        this.toSkip = alreadyJournaled;
    }

    /** The event's outcomes are all written: ends its record, if it has one. */
    public void endEvent() {
        if (headerWritten) {
            headerWritten = false;
            records.endRecord();
        }
    }

    /**
     * Writing the event's outcomes failed (the journal's file system could not back them): drops its
     * record, so the journal never holds a torn one. Replay writes them again from the event.
     */
    public void discardEvent() {
        if (headerWritten) {
            headerWritten = false;
            records.discardRecord();
        }
    }

    private boolean admit() {
        if (toSkip > 0) {
            toSkip--;
            return false;
        }
        if (!headerWritten) {
            records.beginRecord();
            writer.causedBy(eventIndex);
            headerWritten = true;
        }
        return true;
    }

    @Override
    public void callEnteredQueue(long nowMs, long callId, String queueId, String tierId, int position) {
        if (admit()) {
            writer.callEnteredQueue(nowMs, callId, queueId, tierId, position);
        }
    }

    @Override
    public void callOffered(long nowMs, long callId, String queueId, String agentId) {
        if (admit()) {
            writer.callOffered(nowMs, callId, queueId, agentId);
        }
    }

    @Override
    public void callAnswered(long nowMs, long callId, String queueId, String agentId, long waitMs) {
        if (admit()) {
            writer.callAnswered(nowMs, callId, queueId, agentId, waitMs);
        }
    }

    @Override
    public void callCompleted(long nowMs, long callId, String queueId, String agentId, long talkMs, Party endedBy) {
        if (admit()) {
            writer.callCompleted(nowMs, callId, queueId, agentId, talkMs, endedBy);
        }
    }

    @Override
    public void callAbandoned(long nowMs, long callId, String queueId, long waitMs, int position,
                              boolean whileRinging) {
        if (admit()) {
            writer.callAbandoned(nowMs, callId, queueId, waitMs, position, whileRinging);
        }
    }

    @Override
    public void callExited(long nowMs, long callId, String queueId, long waitMs, CallState finalState,
                           ExitReason reason, ExitAction action, String target) {
        if (admit()) {
            writer.callExited(nowMs, callId, queueId, waitMs, finalState, reason, action, target);
        }
    }

    @Override
    public void callOverflowed(long nowMs, long callId, String fromQueueId, String toQueueId, ExitReason reason) {
        if (admit()) {
            writer.callOverflowed(nowMs, callId, fromQueueId, toQueueId, reason);
        }
    }

    @Override
    public void ringNoAnswer(long nowMs, long callId, String queueId, String agentId, long ringMs) {
        if (admit()) {
            writer.ringNoAnswer(nowMs, callId, queueId, agentId, ringMs);
        }
    }

    @Override
    public void callbackRequested(long nowMs, long callId, String queueId, long waitMs, int position) {
        if (admit()) {
            writer.callbackRequested(nowMs, callId, queueId, waitMs, position);
        }
    }

    @Override
    public void callbackAttempted(long nowMs, long callId, String queueId, String agentId, int attempt) {
        if (admit()) {
            writer.callbackAttempted(nowMs, callId, queueId, agentId, attempt);
        }
    }

    @Override
    public void callbackAnswered(long nowMs, long callId, String queueId, String agentId, int attempt) {
        if (admit()) {
            writer.callbackAnswered(nowMs, callId, queueId, agentId, attempt);
        }
    }

    @Override
    public void callbackAttemptFailed(long nowMs, long callId, String queueId, String agentId, int attempt,
                                      CallbackFailure reason, long retryAtMs) {
        if (admit()) {
            writer.callbackAttemptFailed(nowMs, callId, queueId, agentId, attempt, reason, retryAtMs);
        }
    }

    @Override
    public void callbackFailed(long nowMs, long callId, String queueId, long waitMs, int attempts) {
        if (admit()) {
            writer.callbackFailed(nowMs, callId, queueId, waitMs, attempts);
        }
    }

    @Override
    public void agentStateChanged(long nowMs, String agentId, AgentState state, String reason) {
        if (admit()) {
            writer.agentStateChanged(nowMs, agentId, state, reason);
        }
    }

    @Override
    public void eventRejected(long nowMs, String reason) {
        if (admit()) {
            writer.eventRejected(nowMs, reason);
        }
    }
}
