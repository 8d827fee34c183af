package org.acd.core.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class IvrJournalTest {

    @TempDir
    Path journalDirectory;

    @Test
    void shouldReplayEveryKindOfRecordWithAllItsValuesInOrder() {
        try (IvrJournal journal = new IvrJournal(journalDirectory)) {
            IvrJournalEvents ivr = journal.writer();
            ivr.flowEntered(1_000, 7, "main", "+4930555013");
            ivr.nodeVisited(1_001, 7, "main", "ask_order");
            ivr.inputRejected(1_002, 7, "ask_order", "INVALID", "12#", 1);
            ivr.lookupCompleted(1_003, 7, "find_order", "ORDER", "FOUND");
            ivr.flowProblem(1_004, 7, "status_word", "cannot play prompt 'order-status-shipped'");
            ivr.flowLeft(1_005, 7, "main", "goodbye", "CONTAINED");
        }

        Lines replayed = IvrJournal.replay(journalDirectory, new Lines());

        assertEquals(List.of("flowEntered 1000 7 main +4930555013", "nodeVisited 1001 7 main ask_order",
                "inputRejected 1002 7 ask_order INVALID 12# 1", "lookupCompleted 1003 7 find_order ORDER FOUND",
                "flowProblem 1004 7 status_word cannot play prompt 'order-status-shipped'",
                "flowLeft 1005 7 main goodbye CONTAINED"), replayed.lines);
    }

    @Test
    void shouldKeepEveryRecordWhenSeveralThreadsWrite() throws InterruptedException {
        int threads = 4;
        int callsPerThread = 500;
        ExecutorService writers = Executors.newFixedThreadPool(threads);
        CountDownLatch done = new CountDownLatch(threads);
        try (IvrJournal journal = new IvrJournal(journalDirectory)) {
            for (int t = 0; t < threads; t++) {
                long firstCall = (long) t * callsPerThread;
                writers.execute(() -> {
                    for (long call = firstCall; call < firstCall + callsPerThread; call++) {
                        journal.writer().flowEntered(call, call, "main", "");
                        journal.writer().flowLeft(call, call, "main", "goodbye", "CONTAINED");
                    }
                    done.countDown();
                });
            }
            assertTrue(done.await(30, TimeUnit.SECONDS));
        } finally {
            writers.shutdown();
        }

        Lines replayed = IvrJournal.replay(journalDirectory, new Lines());

        assertEquals(2 * threads * callsPerThread, replayed.lines.size());
    }

    /** The records as lines. */
    private static final class Lines implements IvrJournalEvents {
        private final List<String> lines = new ArrayList<>();

        @Override
        public void flowEntered(long nowMs, long callId, String flowId, String callerNumber) {
            lines.add("flowEntered " + nowMs + " " + callId + " " + flowId + " " + callerNumber);
        }

        @Override
        public void nodeVisited(long nowMs, long callId, String flowId, String nodeId) {
            lines.add("nodeVisited " + nowMs + " " + callId + " " + flowId + " " + nodeId);
        }

        @Override
        public void inputRejected(long nowMs, long callId, String nodeId, String problem, String keyed, int attempt) {
            lines.add("inputRejected " + nowMs + " " + callId + " " + nodeId + " " + problem + " " + keyed + " "
                    + attempt);
        }

        @Override
        public void lookupCompleted(long nowMs, long callId, String nodeId, String source, String result) {
            lines.add("lookupCompleted " + nowMs + " " + callId + " " + nodeId + " " + source + " " + result);
        }

        @Override
        public void flowProblem(long nowMs, long callId, String nodeId, String problem) {
            lines.add("flowProblem " + nowMs + " " + callId + " " + nodeId + " " + problem);
        }

        @Override
        public void flowLeft(long nowMs, long callId, String flowId, String nodeId, String exit) {
            lines.add("flowLeft " + nowMs + " " + callId + " " + flowId + " " + nodeId + " " + exit);
        }
    }
}
