package org.acd.server.report;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import org.acd.core.reporting.CallerNumbers;
import org.acd.core.reporting.JournalKpis;
import org.acd.core.reporting.KpiCalculator;
import org.acd.core.reporting.KpiThresholds;
import org.acd.core.reporting.OutcomeFanOut;
import org.acd.core.reporting.ReportInterval;
import org.acd.core.reporting.ReportScope;
import org.acd.core.reporting.WaitDistribution;
import org.acd.core.reporting.queuelog.QueueLogWriter;
import org.acd.server.DurationConverter;
import org.acd.server.ZeroOrMoreDurationConverter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code acd report --journal DIR}: the KPIs of DESIGN.md recomputed from a journal directory with
 * the thresholds given, broken down by queue, tier, agent or interval; or the abandoned calls, for
 * calling back; or the IVR's containment per flow; or all of it as one HTML page with charts; or the whole journal as Asterisk's
 * queue_log. Reads the journal on the main thread; the journal may be open for writing by a running
 * server. Exit status 0, or 2 when the directory
 * holds no journal.
 */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Reports the KPIs of a journal: offered, answered, abandoned (short apart), abandon rate, "
                + "three service levels, ASA, time to abandon, longest wait, timeouts and overflows; per agent AHT, "
                + "ACW, occupancy and RONAs.", "Intervals are of queue entry, in UTC."})
public final class ReportCommand implements Callable<Integer> {

    @Option(names = "--journal", paramLabel = "DIR", required = true,
            description = "The journal directory (as written by acd serve or acd demo --journal).")
    private Path journal;

    @Option(names = "--interval", paramLabel = "LENGTH", defaultValue = "60m",
            converter = IntervalConverter.class, description = "15m, 30m, 1h (or 60m) or day (default: ${DEFAULT-VALUE}).")
    private ReportInterval interval;

    @Option(names = "--by", paramLabel = "GROUP", defaultValue = "queue",
            description = "queue, tier, agent or interval (default: ${DEFAULT-VALUE}).")
    private Grouping grouping;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "table, csv, json, html (the whole report as one page with charts; --by and --abandoned "
                    + "do not apply) or queue_log (default: ${DEFAULT-VALUE}).")
    private ReportFormat format;

    @Option(names = "--short-abandon", paramLabel = "TIME", defaultValue = "5s",
            converter = ZeroOrMoreDurationConverter.class,
            description = "Abandons within this time are short: out of the abandon rate and service levels "
                    + "(default: ${DEFAULT-VALUE}).")
    private Duration shortAbandon;

    @Option(names = "--service-level", paramLabel = "TIME", defaultValue = "20s", converter = DurationConverter.class,
            description = "The service-level threshold (default: ${DEFAULT-VALUE}).")
    private Duration serviceLevel;

    @Option(names = "--abandoned", description = "List the abandoned calls (caller, queue, tier, entry, wait, "
            + "position) instead of the KPIs.")
    private boolean abandoned;

    @Option(names = "--ivr", description = "Report the IVR instead: per flow and for every call that entered it, "
            + "how many entered, were contained (ended after self-service), queued or hung up in it, "
            + "containment, and where callers left.")
    private boolean ivr;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (!Files.isDirectory(journal.resolve("outcomes"))) {
            PrintWriter err = spec.commandLine().getErr();
            err.println("acd report: " + journal + " holds no journal (no outcomes directory)");
            err.flush();
            return 2;
        }
        KpiThresholds thresholds = new KpiThresholds(shortAbandon.toMillis(), serviceLevel.toMillis());
        if (format == ReportFormat.QUEUE_LOG) {
            JournalKpis.readInto(journal, new QueueLogWriter(out, CallerNumbers.all(journal)));
        } else if (format == ReportFormat.HTML) {
            out.print(html(thresholds).render());
        } else {
            ReportQuery query = new ReportQuery(kind(), grouping, thresholds, ReportScope.EVERYTHING, interval);
            SheetRenderer.print(out, query.run(journal), format);
        }
        out.flush();
        return 0;
    }

    private ReportKind kind() {
        if (ivr) {
            return ReportKind.IVR;
        }
        return abandoned ? ReportKind.ABANDONED_CALLS : ReportKind.KPIS;
    }

    /** The KPIs and the waits in one pass over the outcomes, then the abandoned callers' numbers. */
    private HtmlReport html(KpiThresholds thresholds) {
        KpiCalculator kpis = new KpiCalculator(thresholds, Long.MIN_VALUE, interval);
        WaitDistribution waits = WaitDistribution.withBoundAt(thresholds.serviceLevelMs());
        JournalKpis.readInto(journal, new OutcomeFanOut(List.of(kpis, waits)));
        return new HtmlReport(journal.toString(), Instant.now(), thresholds, interval, kpis.summary(),
                waits.histogram(), CallerNumbers.fill(journal, kpis.abandonedCalls()));
    }
}
