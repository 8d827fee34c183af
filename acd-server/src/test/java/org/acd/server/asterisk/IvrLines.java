package org.acd.server.asterisk;

import java.util.ArrayList;
import java.util.List;
import org.acd.core.journal.IvrJournalEvents;

/** The IVR journal as readable lines, without the time: {@code flowLeft 12 main goodbye CONTAINED}. */
final class IvrLines implements IvrJournalEvents {

    private final List<String> lines = new ArrayList<>();

    @Override
    public void flowEntered(long nowMs, long callId, String flowId, String callerNumber) {
        lines.add("flowEntered " + callId + " " + flowId + " " + callerNumber);
    }

    @Override
    public void nodeVisited(long nowMs, long callId, String flowId, String nodeId) {
        lines.add("nodeVisited " + callId + " " + flowId + " " + nodeId);
    }

    @Override
    public void inputRejected(long nowMs, long callId, String nodeId, String problem, String keyed, int attempt) {
        lines.add("inputRejected " + callId + " " + nodeId + " " + problem + " '" + keyed + "' " + attempt);
    }

    @Override
    public void lookupCompleted(long nowMs, long callId, String nodeId, String source, String result) {
        lines.add("lookupCompleted " + callId + " " + nodeId + " " + source + " " + result);
    }

    @Override
    public void flowProblem(long nowMs, long callId, String nodeId, String problem) {
        lines.add("flowProblem " + callId + " " + nodeId + " " + problem);
    }

    @Override
    public void flowLeft(long nowMs, long callId, String flowId, String nodeId, String exit) {
        lines.add("flowLeft " + callId + " " + flowId + " " + nodeId + " " + exit);
    }

    List<String> lines() {
        return List.copyOf(lines);
    }

    /** The lines of one kind, without the kind and the call id: {@code main goodbye CONTAINED}. */
    List<String> of(String kind) {
        return lines.stream().filter(line -> line.startsWith(kind + " "))
                .map(line -> line.substring(line.indexOf(' ', kind.length() + 1) + 1)).toList();
    }
}
