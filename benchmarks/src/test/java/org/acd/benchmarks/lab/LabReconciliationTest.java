package org.acd.benchmarks.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.acd.simulator.sipp.SippTrace;
import org.acd.simulator.sipp.SippTraceLine;
import org.junit.jupiter.api.Test;

final class LabReconciliationTest {

    @Test
    void shouldCountCallersFromTheCallerTraceAndAnswersFromTheAgentPhones() {
        SippTrace callers = trace(
                line("INVITE_SENT", "A"), line("INVITE_SENT", "B"), line("INVITE_SENT", "C"),
                line("ANSWERED", "A"), line("DTMF_SENT", "A"), line("BYE_RECEIVED", "A"),
                line("ANSWERED", "B"), line("BYE_SENT", "B"),
                line("ANSWERED", "C"), line("BYE_SENT", "C"));
        SippTrace agent1 = trace(line("INVITE_RECEIVED", "A"), line("ANSWERED", "A"), line("BYE_SENT", "A"));
        SippTrace agent2 = trace(line("INVITE_RECEIVED", "B"), line("ANSWERED", "B"), line("BYE_RECEIVED", "B"),
                line("INVITE_RECEIVED", "C"), line("CANCEL_RECEIVED", "C"));

        SippLedger ledger = SippLedger.of(callers, List.of(agent1, agent2));

        assertEquals(new SippLedger(3, 1, 2, 2), ledger, "B hung up while talking: answered, ended by the caller");
        assertEquals(0, ledger.unended());
    }

    @Test
    void shouldPassWhenOfferedAnsweredAndAbandonedMatchTheJournal() {
        LabReconciliation reconciliation = LabReconciliation.of(new SippLedger(10, 4, 6, 7), 0,
                new JournalCounts(10, 7, 3, 0));

        assertTrue(reconciliation.passed(), reconciliation.differences().toString());
        assertEquals(3, reconciliation.abandoned());
    }

    @Test
    void shouldTakeCallsContainedInTheIvrOffThePlacedCallers() {
        LabReconciliation reconciliation = LabReconciliation.of(new SippLedger(12, 4, 8, 7), 2,
                new JournalCounts(10, 7, 3, 0));

        assertTrue(reconciliation.passed(), reconciliation.differences().toString());
        assertEquals(10, reconciliation.offered());
    }

    @Test
    void shouldNameEachCountThatDiffersWithBothFigures() {
        LabReconciliation reconciliation = LabReconciliation.of(new SippLedger(10, 4, 6, 7), 0,
                new JournalCounts(10, 6, 4, 0));

        assertFalse(reconciliation.passed());
        assertEquals(List.of("answered: SIPp 7, journal 6 (-1 in the journal)",
                "abandoned: SIPp 3, journal 4 (+1 in the journal)"), reconciliation.differences());
    }

    @Test
    void shouldFailWhenACallerNeverEndedOrTheJournalLeftACallOpen() {
        LabReconciliation reconciliation = LabReconciliation.of(new SippLedger(10, 4, 5, 7), 0,
                new JournalCounts(10, 7, 2, 0));

        assertEquals(List.of("SIPp: 10 callers placed, but 4 got a BYE and 5 hung up themselves"
                        + " (1 rejected or still in a call)",
                "abandoned: SIPp 3, journal 2 (-1 in the journal)",
                "journal: 1 offered calls neither answered nor abandoned"), reconciliation.differences());
    }

    @Test
    void shouldFailWhenTheJournalEndedCallsAnotherWay() {
        LabReconciliation reconciliation = LabReconciliation.of(new SippLedger(10, 4, 6, 7), 0,
                new JournalCounts(10, 7, 2, 1));

        assertEquals(List.of("abandoned: SIPp 3, journal 2 (-1 in the journal)",
                "journal: 1 calls timed out or overflowed, which no lab caller does"), reconciliation.differences());
    }

    private static SippTrace trace(SippTraceLine... lines) {
        return new SippTrace(List.of(lines));
    }

    private static SippTraceLine line(String event, String caller) {
        return new SippTraceLine(0, event, "call-" + caller, caller, "");
    }
}
