package org.acd.core.reporting;

import java.nio.file.Path;
import net.openhft.chronicle.bytes.MethodReader;
import org.acd.core.journal.Journal;
import org.acd.core.journal.JournalDurability;

/**
 * Recomputes the KPIs from a journal directory's outcomes queue alone, with any thresholds: the
 * same {@link KpiCalculator} that a live feed uses, driven by a Chronicle {@code methodReader}.
 * Runs on the caller's thread; the journal may be open for writing elsewhere.
 */
public final class JournalKpis {

    private JournalKpis() {
    }

    public static KpiSummary read(Path journalDirectory, KpiThresholds thresholds, long countFromMs) {
        KpiCalculator calculator = new KpiCalculator(thresholds, countFromMs);
        try (Journal journal = new Journal(journalDirectory, JournalDurability.PAGE_CACHE)) {
            MethodReader reader = journal.outcomeTailer().methodReader(calculator);
            boolean more = true;
            while (more) {
                more = reader.readOne();
            }
        }
        return calculator.summary();
    }
}
