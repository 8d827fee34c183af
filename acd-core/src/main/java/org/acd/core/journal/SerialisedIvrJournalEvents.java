package org.acd.core.journal;

/**
 * Lets several threads append IVR records through one Chronicle method writer and its one
 * appender: each record is written whole under this object's lock (a short, in-memory append).
 */
final class SerialisedIvrJournalEvents implements IvrJournalEvents {

    private final IvrJournalEvents writer;

    SerialisedIvrJournalEvents(IvrJournalEvents writer) {
        this.writer = writer;
    }

    @Override
    public synchronized void flowEntered(long nowMs, long callId, String flowId, String callerNumber) {
        writer.flowEntered(nowMs, callId, flowId, callerNumber);
    }

    @Override
    public synchronized void nodeVisited(long nowMs, long callId, String flowId, String nodeId) {
        writer.nodeVisited(nowMs, callId, flowId, nodeId);
    }

    @Override
    public synchronized void inputRejected(long nowMs, long callId, String nodeId, String problem, String keyed,
                                           int attempt) {
        writer.inputRejected(nowMs, callId, nodeId, problem, keyed, attempt);
    }

    @Override
    public synchronized void lookupCompleted(long nowMs, long callId, String nodeId, String source, String result) {
        writer.lookupCompleted(nowMs, callId, nodeId, source, result);
    }

    @Override
    public synchronized void flowProblem(long nowMs, long callId, String nodeId, String problem) {
        writer.flowProblem(nowMs, callId, nodeId, problem);
    }

    @Override
    public synchronized void flowLeft(long nowMs, long callId, String flowId, String nodeId, String exit) {
        writer.flowLeft(nowMs, callId, flowId, nodeId, exit);
    }
}
