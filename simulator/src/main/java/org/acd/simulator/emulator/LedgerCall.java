package org.acd.simulator.emulator;

/**
 * One finished trunk call in the emulator's ledger.
 *
 * @param callerNumber the caller's number
 * @param acdCallId    the ACD_CALL_ID the ACD gave it, or -1 if never queued
 * @param outcome      how it ended
 * @param waitMs       hold time from queueing to answer, abandon or exit; 0 if never queued
 */
public record LedgerCall(String callerNumber, long acdCallId, CallerOutcome outcome, long waitMs) {
}
