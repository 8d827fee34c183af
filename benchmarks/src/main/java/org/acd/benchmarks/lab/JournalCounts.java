package org.acd.benchmarks.lab;

import java.nio.file.Path;
import org.acd.core.reporting.JournalKpis;
import org.acd.core.reporting.KpiReport;
import org.acd.core.reporting.KpiThresholds;

/**
 * The journal report's side of a lab load run: calls offered to the queues, answered, abandoned,
 * and those that left a queue another way (timed out, overflowed), which a lab run should have none of.
 */
record JournalCounts(long offered, long answered, long abandoned, long leftOtherwise) {

    static JournalCounts of(KpiReport report) {
        return new JournalCounts(report.offered(), report.answered(), report.abandoned(),
                report.timedOut() + report.overflowed());
    }

    /** Reads the outcomes journal in {@code journalDirectory} (the server may still be writing it). */
    static JournalCounts read(Path journalDirectory) {
        return of(JournalKpis.read(journalDirectory, KpiThresholds.DEFAULTS, 0).overall());
    }

    /** Offered calls the journal has not ended yet. */
    long open() {
        return offered - answered - abandoned - leftOtherwise;
    }
}
