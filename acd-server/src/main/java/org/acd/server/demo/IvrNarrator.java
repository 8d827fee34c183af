package org.acd.server.demo;

import java.io.PrintWriter;
import java.util.Locale;
import org.acd.core.journal.IvrJournalEvents;
import org.acd.ivr.IvrExit;

/**
 * Tells how callers who never reached a queue left the IVR, one line each as it comes out of the
 * IVR journal: contained after the order-status self-service, hung up in a menu, or hung up on by
 * the flow. Calls the IVR queues are told by {@link OutcomeNarrator} from the outcomes journal.
 * Called on the console thread.
 */
final class IvrNarrator implements IvrJournalEvents {

    private final PrintWriter out;
    private long startMs = -1;

    IvrNarrator(PrintWriter out) {
        this.out = out;
    }

    /** Times are told from {@code startMs} on, when the demo began. */
    void countFrom(long startMs) {
        this.startMs = startMs;
    }

    @Override
    public void flowEntered(long nowMs, long callId, String flowId, String callerNumber) {
        // told when the call leaves the IVR or enters a queue
    }

    @Override
    public void nodeVisited(long nowMs, long callId, String flowId, String nodeId) {
        // the path is in the journal; the console tells where it ended
    }

    @Override
    public void inputRejected(long nowMs, long callId, String nodeId, String problem, String keyed, int attempt) {
        // a retry is routine; the console tells where the call ended
    }

    @Override
    public void lookupCompleted(long nowMs, long callId, String nodeId, String source, String result) {
        // a successful self-service step shows as the call being contained
    }

    @Override
    public void flowProblem(long nowMs, long callId, String nodeId, String problem) {
        // the flow went past it; the server's log has it
    }

    @Override
    public void flowLeft(long nowMs, long callId, String flowId, String nodeId, String exit) {
        String told = switch (IvrExit.valueOf(exit)) {
            case QUEUED -> null;
            case CONTAINED -> "self-served: order status told; the IVR hung up at " + nodeId;
            case CALLER_HUNG_UP -> "hung up in the IVR at " + nodeId;
            case FLOW_HUNG_UP -> "the IVR hung up at " + nodeId + " without self-service";
            default -> exit.toLowerCase(Locale.ROOT).replace('_', ' ') + " from the IVR at " + nodeId;
        };
        if (told != null) {
            String verb = exit.equals(IvrExit.CONTAINED.name()) ? "contained" : "left IVR";
            out.printf(Locale.ROOT, OutcomeNarrator.LINE, ElapsedTime.stamp(startMs, nowMs), "call " + callId, verb,
                    told);
        }
    }
}
