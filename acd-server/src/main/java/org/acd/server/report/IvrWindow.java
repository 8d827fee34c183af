package org.acd.server.report;

import java.util.HashMap;
import java.util.Map;
import org.acd.core.journal.IvrJournalEvents;
import org.acd.core.reporting.ReportScope;

/**
 * Passes on the IVR records of the calls that first entered the IVR inside a report's window, and
 * drops the others: the IVR report's counterpart of {@link ReportScope} for queue calls. A call
 * counted is followed to its end, through later flows, even past the window's end. One thread, the
 * one replaying the IVR journal.
 */
final class IvrWindow implements IvrJournalEvents {

    private final ReportScope scope;
    private final IvrJournalEvents counted;
    /** Each call seen, by whether its first entry fell inside the window. */
    private final Map<Long, Boolean> inWindow = new HashMap<>();

    IvrWindow(ReportScope scope, IvrJournalEvents counted) {
        this.scope = scope;
        this.counted = counted;
    }

    @Override
    public void flowEntered(long nowMs, long callId, String flowId, String callerNumber) {
        if (inWindow.computeIfAbsent(callId, id -> scope.covers(nowMs))) {
            counted.flowEntered(nowMs, callId, flowId, callerNumber);
        }
    }

    @Override
    public void nodeVisited(long nowMs, long callId, String flowId, String nodeId) {
        if (counts(callId)) {
            counted.nodeVisited(nowMs, callId, flowId, nodeId);
        }
    }

    @Override
    public void inputRejected(long nowMs, long callId, String nodeId, String problem, String keyed, int attempt) {
        if (counts(callId)) {
            counted.inputRejected(nowMs, callId, nodeId, problem, keyed, attempt);
        }
    }

    @Override
    public void lookupCompleted(long nowMs, long callId, String nodeId, String source, String result) {
        if (counts(callId)) {
            counted.lookupCompleted(nowMs, callId, nodeId, source, result);
        }
    }

    @Override
    public void flowProblem(long nowMs, long callId, String nodeId, String problem) {
        if (counts(callId)) {
            counted.flowProblem(nowMs, callId, nodeId, problem);
        }
    }

    @Override
    public void flowLeft(long nowMs, long callId, String flowId, String nodeId, String exit) {
        if (counts(callId)) {
            counted.flowLeft(nowMs, callId, flowId, nodeId, exit);
        }
    }

    private boolean counts(long callId) {
        return inWindow.getOrDefault(callId, false);
    }
}
