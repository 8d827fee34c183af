package org.acd.core.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.acd.core.journal.IvrJournal;
import org.acd.core.journal.IvrJournalEvents;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class IvrTallyTest {

    @TempDir
    Path journalDirectory;

    @Test
    void shouldReportContainmentAsCallsEndedAfterSelfServiceOverCallsThatEnteredTheIvr() {
        try (IvrJournal journal = new IvrJournal(journalDirectory)) {
            IvrJournalEvents ivr = journal.writer();
            contained(ivr, 1);
            contained(ivr, 2);
            queued(ivr, 3, "vip_queue");
            queued(ivr, 4, "orders_queue");
            hungUpInMenu(ivr, 5);
            ivr.flowEntered(6_000, 6, "main", "+4930555016");
        }

        IvrReport report = IvrTally.read(journalDirectory);

        IvrFlowFigures all = report.total();
        assertEquals(IvrReport.ALL_FLOWS, all.flowId());
        assertEquals(6, all.entered(), "the call still in the IVR entered it");
        assertEquals(2, all.contained());
        assertEquals(2, all.queued());
        assertEquals(1, all.abandoned());
        assertEquals(2.0 / 6, all.containment(), 1e-9);
        assertEquals(Map.of("main/goodbye", 2L, "main/main_menu", 1L, "main/orders_queue", 1L, "main/vip_queue", 1L),
                all.leftAt());
        assertEquals(List.of("main/goodbye", "main/main_menu", "main/orders_queue", "main/vip_queue"),
                List.copyOf(all.leftAt().keySet()), "most first, then by name");
    }

    @Test
    void shouldCountEachFlowByItsRunsAndACallByHowItLastLeft() {
        try (IvrJournal journal = new IvrJournal(journalDirectory)) {
            IvrJournalEvents ivr = journal.writer();
            queued(ivr, 1, "orders_queue");
            ivr.flowEntered(9_000, 1, "callback_offer", "+4930555011");
            ivr.nodeVisited(9_000, 1, "callback_offer", "offer");
            ivr.flowLeft(9_500, 1, "callback_offer", "thanks", "CALLBACK");
            queued(ivr, 2, "orders_queue");
            ivr.flowEntered(9_000, 2, "callback_offer", "+4930555012");
            ivr.flowLeft(9_500, 2, "callback_offer", "back_to_queue", "QUEUED");
        }

        IvrReport report = IvrTally.read(journalDirectory);

        assertEquals(2, report.total().entered());
        assertEquals(1, report.total().queued());
        assertEquals(Map.of("CALLBACK", 1L), report.total().otherExits());
        assertEquals(List.of("main", "callback_offer"), report.flows().stream().map(IvrFlowFigures::flowId).toList());
        IvrFlowFigures main = report.flows().get(0);
        assertEquals(2, main.entered());
        assertEquals(2, main.queued());
        assertEquals(0.0, main.containment());
        IvrFlowFigures offer = report.flows().get(1);
        assertEquals(2, offer.entered());
        assertEquals(1, offer.queued());
        assertEquals(Map.of("CALLBACK", 1L), offer.otherExits());
        assertEquals(Map.of("thanks", 1L, "back_to_queue", 1L), offer.leftAt());
    }

    @Test
    void shouldReportNothingForAJournalWithoutAnIvrQueue() {
        IvrReport report = IvrTally.read(journalDirectory);

        assertEquals(0, report.total().entered());
        assertTrue(Double.isNaN(report.total().containment()));
        assertEquals(List.of(), report.flows());
    }

    private static void contained(IvrJournalEvents ivr, long callId) {
        ivr.flowEntered(callId * 1_000, callId, "main", "+493055501" + callId);
        ivr.nodeVisited(callId * 1_000, callId, "main", "main_menu");
        ivr.nodeVisited(callId * 1_000 + 5, callId, "main", "ask_order");
        ivr.inputRejected(callId * 1_000 + 6, callId, "ask_order", "INVALID", "12", 1);
        ivr.lookupCompleted(callId * 1_000 + 7, callId, "find_order", "ORDER", "FOUND");
        ivr.flowProblem(callId * 1_000 + 8, callId, "status_word", "cannot play prompt 'order-status-shipped'");
        ivr.nodeVisited(callId * 1_000 + 9, callId, "main", "goodbye");
        ivr.flowLeft(callId * 1_000 + 10, callId, "main", "goodbye", "CONTAINED");
    }

    private static void queued(IvrJournalEvents ivr, long callId, String queueNode) {
        ivr.flowEntered(callId * 1_000, callId, "main", "+493055501" + callId);
        ivr.nodeVisited(callId * 1_000 + 1, callId, "main", queueNode);
        ivr.flowLeft(callId * 1_000 + 2, callId, "main", queueNode, "QUEUED");
    }

    private static void hungUpInMenu(IvrJournalEvents ivr, long callId) {
        ivr.flowEntered(callId * 1_000, callId, "main", "");
        ivr.nodeVisited(callId * 1_000 + 1, callId, "main", "main_menu");
        ivr.inputRejected(callId * 1_000 + 2, callId, "main_menu", "NO_INPUT", "", 1);
        ivr.flowLeft(callId * 1_000 + 3, callId, "main", "main_menu", "CALLER_HUNG_UP");
    }
}
