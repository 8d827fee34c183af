package org.acd.server.demo;

import java.nio.file.Path;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.acd.core.journal.IvrJournal;
import org.acd.core.journal.IvrJournalEvents;
import org.acd.ivr.IvrExit;

/**
 * Each trunk call of the IVR journal: its caller number and how it last left the IVR, or nothing
 * yet while it is still in a flow. The caller's side of the IVR, for matching the emulator's
 * callers who never queued with what the IVR did with them. Built and read on one thread.
 */
final class IvrJournalCalls implements IvrJournalEvents {

    /** One call's run through the IVR; {@code exit} is empty while it is in a flow. */
    record IvrCall(long callId, String callerNumber, Optional<IvrExit> exit) {
    }

    private final Map<Long, IvrCall> calls = new LinkedHashMap<>();

    /** Reads the whole IVR journal under {@code journalDirectory}; none there reads as no calls. */
    static IvrJournalCalls readFrom(Path journalDirectory) {
        return IvrJournal.replay(journalDirectory, new IvrJournalCalls());
    }

    Collection<IvrCall> calls() {
        return Collections.unmodifiableCollection(calls.values());
    }

    @Override
    public void flowEntered(long nowMs, long callId, String flowId, String callerNumber) {
        calls.putIfAbsent(callId, new IvrCall(callId, callerNumber, Optional.empty()));
    }

    @Override
    public void nodeVisited(long nowMs, long callId, String flowId, String nodeId) {
        // the path through the flow does not change how the call left
    }

    @Override
    public void inputRejected(long nowMs, long callId, String nodeId, String problem, String keyed, int attempt) {
        // a retry does not change how the call left
    }

    @Override
    public void lookupCompleted(long nowMs, long callId, String nodeId, String source, String result) {
        // a successful self-service step shows in the exit (CONTAINED)
    }

    @Override
    public void flowProblem(long nowMs, long callId, String nodeId, String problem) {
        // a problem the flow went past does not change how the call left
    }

    @Override
    public void flowLeft(long nowMs, long callId, String flowId, String nodeId, String exit) {
        IvrCall entered = calls.get(callId);
        String number = entered == null ? "" : entered.callerNumber();
        calls.put(callId, new IvrCall(callId, number, Optional.of(IvrExit.valueOf(exit))));
    }
}
