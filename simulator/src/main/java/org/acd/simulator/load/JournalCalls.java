package org.acd.simulator.load;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.acd.core.api.AgentState;
import org.acd.core.api.CallbackFailure;
import org.acd.core.api.CallState;
import org.acd.core.api.ExitAction;
import org.acd.core.api.ExitReason;
import org.acd.core.api.Party;
import org.acd.core.journal.JournaledOutcomes;
import org.acd.core.reporting.JournalKpis;

/**
 * What the ACD's outcomes journal says of each call that entered a queue at or after a given
 * time: how it ended (answered, abandoned, exited; more than one ending is kept, to be reported),
 * and, for an answered call, whether it completed and who hung up. Filled on one thread by a
 * journal reader, or by tests through the same methods.
 */
public final class JournalCalls implements JournaledOutcomes {

    /** How a call left the queue, as the journal says. */
    enum Ending { ANSWERED, ABANDONED, EXITED }

    /** One call's journal facts. */
    static final class Call {
        final List<Ending> endings = new ArrayList<>();
        Party completedBy;
    }

    private final long sinceMs;
    private final Map<Long, Call> calls = new HashMap<>();

    /** Only calls that entered a queue at {@code sinceMs} or later count: earlier runs share the journal. */
    public JournalCalls(long sinceMs) {
        this.sinceMs = sinceMs;
    }

    /** Reads the whole outcomes journal of {@code journalDirectory} (the ACD may still be writing it). */
    public static JournalCalls read(Path journalDirectory, long sinceMs) {
        return JournalKpis.readInto(journalDirectory, new JournalCalls(sinceMs));
    }

    Map<Long, Call> calls() {
        return calls;
    }

    /** Calls known here with no ending yet, or answered and not completed: the ACD is still writing. */
    public long unfinished() {
        return calls.values().stream().filter(call -> call.endings.isEmpty()
                || call.endings.contains(Ending.ANSWERED) && call.completedBy == null).count();
    }

    @Override
    public void causedBy(long eventIndex) {
        // Which event caused an outcome does not change how a call ended.
    }

    @Override
    public void callEnteredQueue(long nowMs, long callId, String queueId, String tierId, int position) {
        if (nowMs >= sinceMs) {
            calls.putIfAbsent(callId, new Call());
        }
    }

    @Override
    public void callOffered(long nowMs, long callId, String queueId, String agentId) {
        // Offers end in an answer, an abandon or a RONA; only the ending counts here.
    }

    @Override
    public void callAnswered(long nowMs, long callId, String queueId, String agentId, long waitMs) {
        end(callId, Ending.ANSWERED);
    }

    @Override
    public void callCompleted(long nowMs, long callId, String queueId, String agentId, long talkMs, Party endedBy) {
        Call call = calls.get(callId);
        if (call != null) {
            call.completedBy = endedBy;
        }
    }

    @Override
    public void callAbandoned(long nowMs, long callId, String queueId, long waitMs, int position,
                              boolean whileRinging) {
        end(callId, Ending.ABANDONED);
    }

    @Override
    public void callExited(long nowMs, long callId, String queueId, long waitMs, CallState finalState,
                           ExitReason reason, ExitAction action, String target) {
        end(callId, Ending.EXITED);
    }

    @Override
    public void callOverflowed(long nowMs, long callId, String fromQueueId, String toQueueId, ExitReason reason) {
        // A move keeps the call in queueing; its ending comes later.
    }

    @Override
    public void ringNoAnswer(long nowMs, long callId, String queueId, String agentId, long ringMs) {
        // The call keeps its place; its ending comes later.
    }

    @Override
    public void callbackRequested(long nowMs, long callId, String queueId, long waitMs, int position) {
        // The emulator's callers never accept a callback, so a load run's journal holds none of these.
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

    @Override
    public void agentStateChanged(long nowMs, String agentId, AgentState state, String reason) {
        // Agents' states are not part of how calls ended.
    }

    @Override
    public void eventRejected(long nowMs, String reason) {
        // A rejected event changed nothing.
    }

    private void end(long callId, Ending ending) {
        Call call = calls.get(callId);
        if (call != null) {
            call.endings.add(ending);
        }
    }
}
