package org.acd.core.journal;

import net.openhft.chronicle.wire.ValueOut;
import net.openhft.chronicle.wire.Wire;
import net.openhft.chronicle.wire.WriteValue;
import org.acd.core.api.AgentState;
import org.acd.core.api.CallState;
import org.acd.core.api.CallbackFailure;
import org.acd.core.api.ExitAction;
import org.acd.core.api.ExitReason;
import org.acd.core.api.Party;

/**
 * Writes outcomes into the open record of the outcomes journal, in the format Chronicle's method
 * writer of {@link JournaledOutcomes} writes (the method id, then the arguments as an array), so any
 * method reader of {@link JournaledOutcomes} reads them. It skips what the generated writer does on
 * every call and an engine does not need: opening a document of its own, and a lambda capturing the
 * arguments. Each method keeps its arguments in fields and writes them with a {@link WriteValue}
 * made once. Engine thread only.
 */
final class OutcomeEncoder implements JournaledOutcomes {

    private Wire wire;

    private long nowMs;
    private long callId;
    private String queueId;
    private String otherId;
    private String text;
    private long durationMs;
    private int position;
    private boolean flag;
    private AgentState agentState;
    private CallState callState;
    private ExitReason exitReason;
    private ExitAction exitAction;
    private Party party;
    private CallbackFailure failure;
    private long laterMs;
    /** Attempts of a callback. */
    private int attempts;

    private final WriteValue enteredQueue = out -> {
        out.int64(nowMs);
        out.int64(callId);
        out.text(queueId);
        out.text(otherId);
        out.int32(position);
    };
    private final WriteValue offered = out -> {
        out.int64(nowMs);
        out.int64(callId);
        out.text(queueId);
        out.text(otherId);
    };
    private final WriteValue answeredOrRona = out -> {
        out.int64(nowMs);
        out.int64(callId);
        out.text(queueId);
        out.text(otherId);
        out.int64(durationMs);
    };
    private final WriteValue completed = out -> {
        out.int64(nowMs);
        out.int64(callId);
        out.text(queueId);
        out.text(otherId);
        out.int64(durationMs);
        out.object(Party.class, party);
    };
    private final WriteValue abandoned = out -> {
        out.int64(nowMs);
        out.int64(callId);
        out.text(queueId);
        out.int64(durationMs);
        out.int32(position);
        out.bool(flag);
    };
    private final WriteValue exited = out -> {
        out.int64(nowMs);
        out.int64(callId);
        out.text(queueId);
        out.int64(durationMs);
        out.object(CallState.class, callState);
        out.object(ExitReason.class, exitReason);
        out.object(ExitAction.class, exitAction);
        out.text(text);
    };
    private final WriteValue overflowed = out -> {
        out.int64(nowMs);
        out.int64(callId);
        out.text(queueId);
        out.text(otherId);
        out.object(ExitReason.class, exitReason);
    };
    private final WriteValue callbackRequest = out -> {
        out.int64(nowMs);
        out.int64(callId);
        out.text(queueId);
        out.int64(durationMs);
        out.int32(position);
    };
    private final WriteValue callbackStep = out -> {
        out.int64(nowMs);
        out.int64(callId);
        out.text(queueId);
        out.text(otherId);
        out.int32(attempts);
    };
    private final WriteValue callbackFailure = out -> {
        out.int64(nowMs);
        out.int64(callId);
        out.text(queueId);
        out.int64(durationMs);
        out.int32(attempts);
    };
    private final WriteValue callbackAttemptFailure = out -> {
        out.int64(nowMs);
        out.int64(callId);
        out.text(queueId);
        out.text(otherId);
        out.int32(attempts);
        out.object(CallbackFailure.class, failure);
        out.int64(laterMs);
    };
    private final WriteValue agentStateChange = out -> {
        out.int64(nowMs);
        out.text(otherId);
        out.object(AgentState.class, agentState);
        out.text(text);
    };
    private final WriteValue rejected = out -> {
        out.int64(nowMs);
        out.text(text);
    };

    /** The wire of the record the next outcomes go into; null when no record is open. */
    void writeInto(Wire recordWire) {
        this.wire = recordWire;
    }

    @Override
    public void causedBy(long eventIndex) {
        openWire().writeEventId(OutcomeMethodIds.CAUSED_BY).int64(eventIndex);
    }

    @Override
    public void callEnteredQueue(long nowMs, long callId, String queueId, String tierId, int position) {
        this.nowMs = nowMs;
        this.callId = callId;
        this.queueId = queueId;
        this.otherId = tierId;
        this.position = position;
        write(OutcomeMethodIds.CALL_ENTERED_QUEUE, enteredQueue);
    }

    @Override
    public void callOffered(long nowMs, long callId, String queueId, String agentId) {
        this.nowMs = nowMs;
        this.callId = callId;
        this.queueId = queueId;
        this.otherId = agentId;
        write(OutcomeMethodIds.CALL_OFFERED, offered);
    }

    @Override
    public void callAnswered(long nowMs, long callId, String queueId, String agentId, long waitMs) {
        this.nowMs = nowMs;
        this.callId = callId;
        this.queueId = queueId;
        this.otherId = agentId;
        this.durationMs = waitMs;
        write(OutcomeMethodIds.CALL_ANSWERED, answeredOrRona);
    }

    @Override
    public void callCompleted(long nowMs, long callId, String queueId, String agentId, long talkMs, Party endedBy) {
        this.nowMs = nowMs;
        this.callId = callId;
        this.queueId = queueId;
        this.otherId = agentId;
        this.durationMs = talkMs;
        this.party = endedBy;
        write(OutcomeMethodIds.CALL_COMPLETED, completed);
    }

    @Override
    public void callAbandoned(long nowMs, long callId, String queueId, long waitMs, int position,
                              boolean whileRinging) {
        this.nowMs = nowMs;
        this.callId = callId;
        this.queueId = queueId;
        this.durationMs = waitMs;
        this.position = position;
        this.flag = whileRinging;
        write(OutcomeMethodIds.CALL_ABANDONED, abandoned);
    }

    @Override
    public void callExited(long nowMs, long callId, String queueId, long waitMs, CallState finalState,
                           ExitReason reason, ExitAction action, String target) {
        this.nowMs = nowMs;
        this.callId = callId;
        this.queueId = queueId;
        this.durationMs = waitMs;
        this.callState = finalState;
        this.exitReason = reason;
        this.exitAction = action;
        this.text = target;
        write(OutcomeMethodIds.CALL_EXITED, exited);
    }

    @Override
    public void callOverflowed(long nowMs, long callId, String fromQueueId, String toQueueId, ExitReason reason) {
        this.nowMs = nowMs;
        this.callId = callId;
        this.queueId = fromQueueId;
        this.otherId = toQueueId;
        this.exitReason = reason;
        write(OutcomeMethodIds.CALL_OVERFLOWED, overflowed);
    }

    @Override
    public void ringNoAnswer(long nowMs, long callId, String queueId, String agentId, long ringMs) {
        this.nowMs = nowMs;
        this.callId = callId;
        this.queueId = queueId;
        this.otherId = agentId;
        this.durationMs = ringMs;
        write(OutcomeMethodIds.RING_NO_ANSWER, answeredOrRona);
    }

    @Override
    public void callbackRequested(long nowMs, long callId, String queueId, long waitMs, int position) {
        this.nowMs = nowMs;
        this.callId = callId;
        this.queueId = queueId;
        this.durationMs = waitMs;
        this.position = position;
        write(OutcomeMethodIds.CALLBACK_REQUESTED, callbackRequest);
    }

    @Override
    public void callbackAttempted(long nowMs, long callId, String queueId, String agentId, int attempt) {
        callbackStep(nowMs, callId, queueId, agentId, attempt);
        write(OutcomeMethodIds.CALLBACK_ATTEMPTED, callbackStep);
    }

    @Override
    public void callbackAnswered(long nowMs, long callId, String queueId, String agentId, int attempt) {
        callbackStep(nowMs, callId, queueId, agentId, attempt);
        write(OutcomeMethodIds.CALLBACK_ANSWERED, callbackStep);
    }

    @Override
    public void callbackAttemptFailed(long nowMs, long callId, String queueId, String agentId, int attempt,
                                      CallbackFailure reason, long retryAtMs) {
        callbackStep(nowMs, callId, queueId, agentId, attempt);
        this.failure = reason;
        this.laterMs = retryAtMs;
        write(OutcomeMethodIds.CALLBACK_ATTEMPT_FAILED, callbackAttemptFailure);
    }

    @Override
    public void callbackFailed(long nowMs, long callId, String queueId, long waitMs, int attempts) {
        this.nowMs = nowMs;
        this.callId = callId;
        this.queueId = queueId;
        this.durationMs = waitMs;
        this.attempts = attempts;
        write(OutcomeMethodIds.CALLBACK_FAILED, callbackFailure);
    }

    private void callbackStep(long nowMs, long callId, String queueId, String agentId, int attempt) {
        this.nowMs = nowMs;
        this.callId = callId;
        this.queueId = queueId;
        this.otherId = agentId;
        this.attempts = attempt;
    }

    @Override
    public void agentStateChanged(long nowMs, String agentId, AgentState state, String reason) {
        this.nowMs = nowMs;
        this.otherId = agentId;
        this.agentState = state;
        this.text = reason;
        write(OutcomeMethodIds.AGENT_STATE_CHANGED, agentStateChange);
    }

    @Override
    public void eventRejected(long nowMs, String reason) {
        this.nowMs = nowMs;
        this.text = reason;
        write(OutcomeMethodIds.EVENT_REJECTED, rejected);
    }

    private void write(int methodId, WriteValue arguments) {
        ValueOut out = openWire().writeEventId(methodId);
        out.array(arguments, Object[].class);
    }

    private Wire openWire() {
        if (wire == null) {
            throw new IllegalStateException("outcomes are written inside a record of the outcomes journal, and none"
                    + " is open: OutcomeRecords.beginRecord() first");
        }
        return wire;
    }
}
