package org.acd.telephony.testing;

import java.util.ArrayList;
import java.util.List;
import org.acd.core.journal.IvrJournalEvents;

/** Records IVR journal records as lines of their method name and arguments, without the time. */
public final class RecordingIvrJournal implements IvrJournalEvents {

    private final List<String> records = new ArrayList<>();

    @Override
    public synchronized void flowEntered(long nowMs, long callId, String flowId, String callerNumber) {
        records.add("flowEntered " + callId + " " + flowId + " " + callerNumber);
    }

    @Override
    public synchronized void nodeVisited(long nowMs, long callId, String flowId, String nodeId) {
        records.add("nodeVisited " + callId + " " + flowId + " " + nodeId);
    }

    @Override
    public synchronized void inputRejected(long nowMs, long callId, String nodeId, String problem, String keyed,
                                           int attempt) {
        records.add("inputRejected " + callId + " " + nodeId + " " + problem + " '" + keyed + "' " + attempt);
    }

    @Override
    public synchronized void lookupCompleted(long nowMs, long callId, String nodeId, String source, String result) {
        records.add("lookupCompleted " + callId + " " + nodeId + " " + source + " " + result);
    }

    @Override
    public synchronized void flowProblem(long nowMs, long callId, String nodeId, String problem) {
        records.add("flowProblem " + callId + " " + nodeId + " " + problem);
    }

    @Override
    public synchronized void flowLeft(long nowMs, long callId, String flowId, String nodeId, String exit) {
        records.add("flowLeft " + callId + " " + flowId + " " + nodeId + " " + exit);
    }

    public synchronized List<String> records() {
        return List.copyOf(records);
    }

    /** The records of one kind ({@code flowLeft}, say). */
    public synchronized List<String> records(String kind) {
        return records.stream().filter(line -> line.startsWith(kind + " ")).toList();
    }
}
