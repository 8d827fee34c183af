package org.acd.telephony.ivr;

import org.acd.config.ivr.LookupSource;
import org.acd.core.journal.IvrJournalEvents;
import org.acd.ivr.IvrExit;
import org.acd.ivr.IvrOutcomeListener;

/**
 * The flow engine's outcomes written to the IVR journal ({@link org.acd.core.journal.IvrJournal}),
 * each as it comes, its kinds by their enum names. Called on the flow engine's executor.
 */
public final class JournaledIvrOutcomes implements IvrOutcomeListener {

    private final IvrJournalEvents journal;

    public JournaledIvrOutcomes(IvrJournalEvents journal) {
        this.journal = journal;
    }

    @Override
    public void flowEntered(long nowMs, long callId, String flowId, String callerNumber) {
        journal.flowEntered(nowMs, callId, flowId, callerNumber);
    }

    @Override
    public void nodeVisited(long nowMs, long callId, String flowId, String nodeId) {
        journal.nodeVisited(nowMs, callId, flowId, nodeId);
    }

    @Override
    public void inputRejected(long nowMs, long callId, String nodeId, InputProblem problem, String keyed, int attempt) {
        journal.inputRejected(nowMs, callId, nodeId, problem.name(), keyed, attempt);
    }

    @Override
    public void lookupCompleted(long nowMs, long callId, String nodeId, LookupSource source, LookupResult result) {
        journal.lookupCompleted(nowMs, callId, nodeId, source.name(), result.name());
    }

    @Override
    public void flowProblem(long nowMs, long callId, String nodeId, String problem) {
        journal.flowProblem(nowMs, callId, nodeId, problem);
    }

    @Override
    public void flowLeft(long nowMs, long callId, String flowId, String nodeId, IvrExit exit) {
        journal.flowLeft(nowMs, callId, flowId, nodeId, exit.name());
    }
}
