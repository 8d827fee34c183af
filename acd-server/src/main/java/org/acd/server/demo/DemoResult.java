package org.acd.server.demo;

/**
 * How a demo run ended.
 *
 * @param summary  the figures read back from the outcomes journal
 * @param ledger   the emulator's ledger matched call by call with the journal
 */
record DemoResult(JournalSummary summary, LedgerReconciliation ledger) {
}
