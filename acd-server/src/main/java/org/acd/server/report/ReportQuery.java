package org.acd.server.report;

import java.nio.file.Path;
import org.acd.core.journal.IvrJournal;
import org.acd.core.reporting.CallerNumbers;
import org.acd.core.reporting.IvrTally;
import org.acd.core.reporting.JournalKpis;
import org.acd.core.reporting.KpiCalculator;
import org.acd.core.reporting.KpiThresholds;
import org.acd.core.reporting.ReportInterval;
import org.acd.core.reporting.ReportScope;

/**
 * One report over a journal directory, as {@code acd report} and the admin API's report endpoints
 * ask for it: the one code path from the outcomes journal (the IVR journal, for the IVR report) to
 * a {@link Sheet}. Immutable; {@link #run}
 * reads the journal on the caller's thread, and the journal may be open for writing elsewhere.
 *
 * @param kind       which report
 * @param grouping   the rows of a KPI report (ignored by the agents, abandoned-calls and IVR reports)
 * @param thresholds short abandon and service level
 * @param scope      the calls and the time counted (for the IVR report, the calls that first entered the
 *                   IVR in its window)
 * @param interval   the length of the intervals when grouping by interval
 */
public record ReportQuery(ReportKind kind, Grouping grouping, KpiThresholds thresholds, ReportScope scope,
                          ReportInterval interval) {

    public Sheet run(Path journalDirectory) {
        if (kind == ReportKind.IVR) {
            IvrTally tally = new IvrTally();
            IvrJournal.replay(journalDirectory, new IvrWindow(scope, tally));
            return IvrSheet.of(tally.report());
        }
        KpiCalculator kpis = JournalKpis.readInto(journalDirectory, new KpiCalculator(thresholds, scope, interval));
        if (kind == ReportKind.ABANDONED_CALLS) {
            return KpiSheets.abandoned(CallerNumbers.fill(journalDirectory, kpis.abandonedCalls()));
        }
        if (kind == ReportKind.AGENTS || grouping == Grouping.AGENT) {
            return KpiSheets.agents(kpis.summary());
        }
        return KpiSheets.calls(kpis.summary(), grouping, kind);
    }
}
