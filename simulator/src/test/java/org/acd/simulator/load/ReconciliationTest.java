package org.acd.simulator.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.acd.core.api.CallState;
import org.acd.core.api.ExitAction;
import org.acd.core.api.ExitReason;
import org.acd.core.api.Party;
import org.acd.simulator.emulator.CallerOutcome;
import org.acd.simulator.emulator.LedgerCall;
import org.junit.jupiter.api.Test;

final class ReconciliationTest {

    private static final long START_MS = 1_000;
    private final JournalCalls journal = new JournalCalls(START_MS);

    @Test
    void shouldPassWhenEveryCallEndedTheSameWayOnBothSides() {
        answered(1, Party.AGENT);
        abandoned(2);
        exited(3);

        Reconciliation reconciliation = Reconciliation.of(List.of(
                ledger(1, CallerOutcome.ANSWERED), ledger(2, CallerOutcome.ABANDONED), ledger(3, CallerOutcome.EXITED),
                new LedgerCall("5551003", -1, CallerOutcome.LEFT_IN_MENU, 0)), 0, journal);

        assertTrue(reconciliation.passed(), reconciliation.mismatches().toString());
        assertEquals(1, reconciliation.ledgerAnswered());
        assertEquals(1, reconciliation.journalAnswered());
        assertEquals(1, reconciliation.ledgerAbandoned());
        assertEquals(1, reconciliation.journalAbandoned());
        assertTrue(print(reconciliation).contains("result: PASSED"));
    }

    @Test
    void shouldCountACallerWhoLeftBetweenTheAgentsAnswerAndTheBridgeAsAnsweredOnBothSides() {
        answered(1, Party.CALLER);

        Reconciliation reconciliation = Reconciliation.of(List.of(ledger(1, CallerOutcome.ABANDONED)), 0, journal);

        assertTrue(reconciliation.passed(), reconciliation.mismatches().toString());
        assertEquals(1, reconciliation.ledgerAnswered());
        assertEquals(0, reconciliation.ledgerAbandoned());
        assertTrue(print(reconciliation).contains("1 callers hung up after their agent answered, before the bridge"));
    }

    @Test
    void shouldNameTheCallWhenTheJournalAnsweredWhatTheCallerAbandoned() {
        answered(7, Party.AGENT);

        Reconciliation reconciliation = Reconciliation.of(List.of(ledger(7, CallerOutcome.ABANDONED)), 0, journal);

        assertFalse(reconciliation.passed());
        assertEquals(List.of("call 7 (caller 5550007): ABANDONED in the emulator, [answered], completed by the agent"
                + " in the journal: they disagree"), reconciliation.mismatches());
        String report = print(reconciliation);
        assertTrue(report.contains("result: FAILED, 1 mismatches:"), report);
        assertTrue(report.contains("call 7 (caller 5550007)"), report);
    }

    @Test
    void shouldReportCallsMissingFromEitherSideEndedTwiceOrNeverCompleted() {
        answered(2, Party.AGENT);
        abandoned(2);
        journal.callEnteredQueue(START_MS, 3, "support", "standard", 1);
        journal.callAnswered(START_MS, 3, "support", "a1", 10);
        abandoned(4);

        Reconciliation reconciliation = Reconciliation.of(List.of(ledger(1, CallerOutcome.ANSWERED),
                ledger(2, CallerOutcome.ABANDONED), ledger(3, CallerOutcome.ANSWERED)), 0, journal);

        List<String> mismatches = reconciliation.mismatches();
        assertEquals(4, mismatches.size(), mismatches.toString());
        assertTrue(mismatches.contains("call 1 (caller 5550001): ANSWERED in the emulator, absent in the journal:"
                + " the journal has no queue entry for it"), mismatches.toString());
        assertTrue(mismatches.contains("call 2 (caller 5550002): ABANDONED in the emulator, [answered, abandoned],"
                + " completed by the agent in the journal: the journal ended it 2 times"), mismatches.toString());
        assertTrue(mismatches.contains("call 3 (caller 5550003): ANSWERED in the emulator, [answered], not completed"
                + " in the journal: they disagree"), mismatches.toString());
        assertTrue(mismatches.contains("call 4: in the journal ([abandoned]), but none of the emulator's callers had"
                + " it"), mismatches.toString());
    }

    @Test
    void shouldFailWhileCallsAreStillLive() {
        Reconciliation reconciliation = Reconciliation.of(List.of(), 3, journal);

        assertEquals(List.of("3 calls were still live when the run stopped waiting for them"),
                reconciliation.mismatches());
    }

    @Test
    void shouldIgnoreCallsThatEnteredAQueueBeforeTheRunStarted() {
        journal.callEnteredQueue(START_MS - 1, 9, "support", "standard", 1);
        journal.callAbandoned(START_MS, 9, "support", 5, 1, false);

        assertTrue(Reconciliation.of(List.of(), 0, journal).passed());
    }

    private void answered(long callId, Party endedBy) {
        journal.callEnteredQueue(START_MS, callId, "support", "standard", 1);
        journal.callAnswered(START_MS + 10, callId, "support", "a1", 10);
        journal.callCompleted(START_MS + 20, callId, "support", "a1", 10, endedBy);
    }

    private void abandoned(long callId) {
        journal.callEnteredQueue(START_MS, callId, "support", "standard", 1);
        journal.callAbandoned(START_MS + 10, callId, "support", 10, 1, false);
    }

    private void exited(long callId) {
        journal.callEnteredQueue(START_MS, callId, "support", "standard", 1);
        journal.callExited(START_MS + 10, callId, "support", 10, CallState.TIMED_OUT, ExitReason.MAX_WAIT,
                ExitAction.HANGUP, "");
    }

    private static LedgerCall ledger(long callId, CallerOutcome outcome) {
        return new LedgerCall(Long.toString(5_550_000 + callId), callId, outcome, 10);
    }

    private static String print(Reconciliation reconciliation) {
        StringWriter text = new StringWriter();
        reconciliation.printTo(new PrintWriter(text));
        return text.toString();
    }
}
