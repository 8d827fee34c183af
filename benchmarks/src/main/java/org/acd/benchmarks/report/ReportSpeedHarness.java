package org.acd.benchmarks.report;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.acd.benchmarks.Flags;
import org.acd.benchmarks.JournalDirectory;
import org.acd.core.journal.Journal;
import org.acd.core.journal.JournalDurability;
import org.acd.core.reporting.JournalKpis;
import org.acd.core.reporting.KpiCalculator;
import org.acd.core.reporting.KpiSummary;
import org.acd.core.reporting.KpiThresholds;
import org.acd.core.reporting.ReportInterval;
import org.acd.core.reporting.queuelog.QueueLogWriter;

/**
 * {@code ./acd bench report}: how long a report over a journal of 10 million outcomes takes, the
 * target of issue 5 being 10 s. Writes a {@link SyntheticShift} to a temporary journal (deleted
 * afterwards), then reads it back {@code --runs} times with the KPI calculator that
 * {@code acd report} uses (every breakdown, 15-minute intervals), and once more as queue_log lines
 * written to nowhere; prints each time and the median, with the main thread's CPU time beside the
 * wall time (on a shared machine the two part). Single-threaded: everything runs on the main
 * thread, the journal read from the page cache.
 *
 * <p>Run: {@code java <Chronicle flags> -Xms2g -Xmx2g -cp <class path>
 * org.acd.benchmarks.report.ReportSpeedHarness [--outcomes 10000000] [--runs 3]}.
 */
public final class ReportSpeedHarness {

    static final double TARGET_SECONDS = 10;

    private ReportSpeedHarness() {
    }

    public static void main(String[] args) {
        Flags flags = Flags.parse(args, List.of("--outcomes", "--runs"), List.of(),
                "acd bench report [--outcomes 10000000] [--runs 3]");
        long wanted = flags.positiveLong("--outcomes", 10_000_000);
        int runs = (int) flags.positiveLong("--runs", 3);
        PrintStream out = System.out;
        try (JournalDirectory directory = JournalDirectory.create()) {
            Path path = directory.path();
            long startNs = System.nanoTime();
            long written;
            try (Journal journal = new Journal(path, JournalDurability.PAGE_CACHE)) {
                written = new SyntheticShift(journal, 1).write(wanted);
            }
            out.printf(Locale.ROOT, "journal: %,d outcomes written in %.2f s%n", written, seconds(startNs));
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            double[] times = new double[runs];
            for (int run = 0; run < runs; run++) {
                long runNs = System.nanoTime();
                long cpuNs = threads.getCurrentThreadCpuTime();
                KpiSummary summary = JournalKpis.readInto(path,
                        new KpiCalculator(KpiThresholds.DEFAULTS, Long.MIN_VALUE, ReportInterval.MINUTES_15)).summary();
                times[run] = seconds(runNs);
                double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpuNs) / 1e9;
                out.printf(Locale.ROOT, "KPI report, run %d: %.2f s, %.2f s of CPU (%,d calls offered, %d intervals, "
                        + "%d agents)%n", run + 1, times[run], cpuSeconds, summary.overall().offered(), summary.byInterval().size(),
                        summary.byAgent().size());
            }
            Arrays.sort(times);
            double median = times[runs / 2];
            out.printf(Locale.ROOT, "KPI report: median %.2f s of %d runs over %,d outcomes (%,.0f outcomes/s); "
                    + "target %.0f s: %s%n", median, runs, written, written / median, TARGET_SECONDS,
                    median <= TARGET_SECONDS ? "met" : "NOT met");
            long exportNs = System.nanoTime();
            JournalKpis.readInto(path, new QueueLogWriter(new PrintWriter(Writer.nullWriter()), callId -> null));
            out.printf(Locale.ROOT, "queue_log export: %.2f s%n", seconds(exportNs));
        }
    }

    private static double seconds(long startNs) {
        return (System.nanoTime() - startNs) / 1e9;
    }
}
