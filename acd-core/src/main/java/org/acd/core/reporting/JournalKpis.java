package org.acd.core.reporting;

import java.nio.file.Path;
import net.openhft.chronicle.queue.ExcerptTailer;
import org.acd.core.journal.Journal;
import org.acd.core.journal.JournalDurability;
import org.acd.core.journal.JournaledOutcomes;
import org.acd.core.journal.SkippingReader;

/**
 * Recomputes the KPIs from a journal directory's outcomes queue alone, with any thresholds: the
 * same {@link KpiCalculator} that a live feed uses, driven by a Chronicle {@code methodReader}.
 * Runs on the caller's thread; the journal may be open for writing elsewhere.
 */
public final class JournalKpis {

    private JournalKpis() {
    }

    public static KpiSummary read(Path journalDirectory, KpiThresholds thresholds, long countFromMs) {
        return readInto(journalDirectory, new KpiCalculator(thresholds, countFromMs)).summary();
    }

    /** Feeds every outcome in the journal, in order, to {@code reader}, and returns it. */
    public static <T extends JournaledOutcomes> T readInto(Path journalDirectory, T reader) {
        try (Journal journal = new Journal(journalDirectory, JournalDurability.PAGE_CACHE)) {
            ExcerptTailer tailer = journal.outcomeTailer();
            new SkippingReader("outcomes", tailer, tailer.methodReader(reader)).readAll();
        }
        return reader;
    }
}
