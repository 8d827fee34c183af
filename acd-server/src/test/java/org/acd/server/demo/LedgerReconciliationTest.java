package org.acd.server.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.acd.simulator.emulator.CallerOutcome;
import org.acd.simulator.emulator.LedgerCall;
import org.acd.simulator.emulator.LiveCall;
import org.junit.jupiter.api.Test;

/**
 * Calls that never queued are matched with the IVR journal by caller number: the IVR's hang-up on a
 * caller is a contained call or a flow hang-up there, the caller's hang-up is the caller's, and a
 * caller still in the IVR has not left it.
 */
final class LedgerReconciliationTest {

    private static final String CONTENT = "+15550000001";
    private static final String IMPATIENT = "+15550000002";
    private static final String STILL_KEYING = "+15550000003";

    private final JournalSummary outcomes = new JournalSummary();
    private final IvrJournalCalls ivr = new IvrJournalCalls();

    @Test
    void shouldAccountForCallsThatEndedOrStayInTheIvr() {
        left(1, CONTENT, "CONTAINED");
        left(2, IMPATIENT, "CALLER_HUNG_UP");
        ivr.flowEntered(0, 3, "main", STILL_KEYING);

        LedgerReconciliation ledger = LedgerReconciliation.of(outcomes, ivr,
                List.of(unqueued(CONTENT, CallerOutcome.ENDED_BY_IVR), unqueued(IMPATIENT, CallerOutcome.LEFT_IN_MENU)),
                List.of(new LiveCall(STILL_KEYING, -1, false)));

        assertTrue(ledger.reconciled(), ledger.mismatches()::toString);
        assertEquals(1, ledger.endedByIvr());
        assertEquals(1, ledger.containedInIvr());
        assertEquals(1, ledger.hungUpInIvr());
        assertEquals(3, ledger.callsPlaced());
    }

    @Test
    void shouldNameTheCallerWhoseIvrEndingDisagrees() {
        left(1, CONTENT, "CONTAINED");

        LedgerReconciliation ledger = LedgerReconciliation.of(outcomes, ivr,
                List.of(unqueued(CONTENT, CallerOutcome.LEFT_IN_MENU)), List.of());

        assertFalse(ledger.reconciled());
        assertEquals(List.of("caller " + CONTENT + ": 0 calls hung up on by the IVR by the emulator's ledger, 1 in the"
                        + " IVR journal", "caller " + CONTENT + ": 1 calls hung up in the IVR by the emulator's ledger,"
                        + " 0 in the IVR journal").stream().sorted().toList(),
                ledger.mismatches().stream().sorted().toList());
    }

    @Test
    void shouldReportAnIvrCallThatNoCallerMade() {
        left(1, CONTENT, "CONTAINED");

        LedgerReconciliation ledger = LedgerReconciliation.of(outcomes, ivr, List.of(), List.of());

        assertEquals(List.of("caller " + CONTENT + ": 0 calls hung up on by the IVR by the emulator's ledger, 1 in the"
                + " IVR journal"), ledger.mismatches());
    }

    private void left(long callId, String number, String exit) {
        ivr.flowEntered(0, callId, "main", number);
        ivr.flowLeft(1, callId, "main", "goodbye", exit);
    }

    private static LedgerCall unqueued(String number, CallerOutcome outcome) {
        return new LedgerCall(number, -1, outcome, 0);
    }
}
