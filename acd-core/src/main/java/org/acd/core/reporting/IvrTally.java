package org.acd.core.reporting;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.acd.core.journal.IvrJournal;
import org.acd.core.journal.IvrJournalEvents;

/**
 * Counts the IVR journal into an {@link IvrReport}: each flow's runs by how they ended and where,
 * and each call by how it last left the IVR (a call still in the IVR counts as entered, not as
 * left; the whole IVR's {@code leftAt} names nodes as {@code flow/node}). Fed by a Chronicle method reader
 * ({@link IvrJournal#replay}) or live; one thread.
 */
public final class IvrTally implements IvrJournalEvents {

    static final String CONTAINED = "CONTAINED";
    static final String QUEUED = "QUEUED";
    static final String CALLER_HUNG_UP = "CALLER_HUNG_UP";

    private final Map<String, FlowCounts> flows = new LinkedHashMap<>();
    private final Map<Long, Exit> lastExitByCall = new HashMap<>();

    /** Replays the IVR journal of {@code journalDirectory} into a new tally. */
    public static IvrReport read(Path journalDirectory) {
        return IvrJournal.replay(journalDirectory, new IvrTally()).report();
    }

    @Override
    public void flowEntered(long nowMs, long callId, String flowId, String callerNumber) {
        flow(flowId).entered++;
        lastExitByCall.putIfAbsent(callId, null);
    }

    @Override
    public void nodeVisited(long nowMs, long callId, String flowId, String nodeId) {
        // the path is in the journal for replays; the report counts where runs ended
    }

    @Override
    public void inputRejected(long nowMs, long callId, String nodeId, String problem, String keyed, int attempt) {
        // counted by path reports, not by containment
    }

    @Override
    public void lookupCompleted(long nowMs, long callId, String nodeId, String source, String result) {
        // a successful self-service step shows in the exit (CONTAINED)
    }

    @Override
    public void flowProblem(long nowMs, long callId, String nodeId, String problem) {
        // problems are for the log and the journal, not for containment
    }

    @Override
    public void flowLeft(long nowMs, long callId, String flowId, String nodeId, String exit) {
        flow(flowId).left(nodeId, exit);
        lastExitByCall.put(callId, new Exit(flowId, nodeId, exit));
    }

    public IvrReport report() {
        FlowCounts total = new FlowCounts(IvrReport.ALL_FLOWS);
        total.entered = lastExitByCall.size();
        lastExitByCall.values().stream().filter(exit -> exit != null)
                .forEach(exit -> total.left(exit.flowId() + "/" + exit.nodeId(), exit.exit()));
        List<IvrFlowFigures> perFlow = flows.values().stream().map(FlowCounts::figures).toList();
        return new IvrReport(total.figures(), perFlow);
    }

    private FlowCounts flow(String flowId) {
        return flows.computeIfAbsent(flowId, FlowCounts::new);
    }

    private record Exit(String flowId, String nodeId, String exit) {
    }

    private static final class FlowCounts {
        private final String flowId;
        private final Map<String, Long> byExit = new TreeMap<>();
        private final Map<String, Long> byNode = new HashMap<>();
        private long entered;

        FlowCounts(String flowId) {
            this.flowId = flowId;
        }

        void left(String nodeId, String exit) {
            byExit.merge(exit, 1L, Long::sum);
            byNode.merge(nodeId, 1L, Long::sum);
        }

        IvrFlowFigures figures() {
            Map<String, Long> others = new TreeMap<>(byExit);
            long contained = others.getOrDefault(CONTAINED, 0L);
            long queued = others.getOrDefault(QUEUED, 0L);
            long abandoned = others.getOrDefault(CALLER_HUNG_UP, 0L);
            others.keySet().removeAll(List.of(CONTAINED, QUEUED, CALLER_HUNG_UP));
            Map<String, Long> leftAt = new LinkedHashMap<>();
            byNode.entrySet().stream()
                    .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())
                            .thenComparing(Map.Entry.comparingByKey()))
                    .forEach(entry -> leftAt.put(entry.getKey(), entry.getValue()));
            return new IvrFlowFigures(flowId, entered, contained, queued, abandoned, others, leftAt);
        }
    }
}
