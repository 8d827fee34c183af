package org.acd.server.demo;

import org.acd.core.reporting.IvrFlowFigures;

/**
 * How a demo run ended.
 *
 * @param summary  the figures read back from the outcomes journal
 * @param ivr      the whole IVR's figures read back from the IVR journal
 * @param ledger   the emulator's ledger matched call by call with both journals
 */
record DemoResult(JournalSummary summary, IvrFlowFigures ivr, LedgerReconciliation ledger) {
}
