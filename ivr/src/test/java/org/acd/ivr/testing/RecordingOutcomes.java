package org.acd.ivr.testing;

import java.util.ArrayList;
import java.util.List;
import org.acd.config.ivr.LookupSource;
import org.acd.ivr.IvrExit;
import org.acd.ivr.IvrOutcomeListener;

/** Records what the flow engine reports, one line each ({@code visited main/welcome}, {@code left main/goodbye QUEUED}). Thread-safe. */
public final class RecordingOutcomes implements IvrOutcomeListener {

    private final List<String> lines = new ArrayList<>();

    @Override
    public synchronized void flowEntered(long nowMs, long callId, String flowId, String callerNumber) {
        lines.add("entered " + flowId + " from " + callerNumber);
    }

    @Override
    public synchronized void nodeVisited(long nowMs, long callId, String flowId, String nodeId) {
        lines.add("visited " + flowId + "/" + nodeId);
    }

    @Override
    public synchronized void inputRejected(long nowMs, long callId, String nodeId, InputProblem problem, String keyed,
                                           int attempt) {
        lines.add("rejected " + nodeId + " " + problem + " '" + keyed + "' attempt " + attempt);
    }

    @Override
    public synchronized void lookupCompleted(long nowMs, long callId, String nodeId, LookupSource source,
                                             LookupResult result) {
        lines.add("lookup " + nodeId + " " + source + " " + result);
    }

    @Override
    public synchronized void flowProblem(long nowMs, long callId, String nodeId, String problem) {
        lines.add("problem " + nodeId + ": " + problem);
    }

    @Override
    public synchronized void flowLeft(long nowMs, long callId, String flowId, String nodeId, IvrExit exit) {
        lines.add("left " + flowId + "/" + nodeId + " " + exit);
    }

    public synchronized List<String> lines() {
        return List.copyOf(lines);
    }

    /** The nodes visited, in order: the path the caller took. */
    public synchronized List<String> path() {
        return lines.stream().filter(line -> line.startsWith("visited ")).map(line -> line.substring(8)).toList();
    }

    public synchronized List<String> starting(String prefix) {
        return lines.stream().filter(line -> line.startsWith(prefix)).toList();
    }
}
