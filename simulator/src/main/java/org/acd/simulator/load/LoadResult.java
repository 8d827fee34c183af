package org.acd.simulator.load;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;
import org.HdrHistogram.Histogram;

/**
 * What one load run measured: the traffic offered and placed, the concurrency it reached, the
 * ACD's FastAGI turnarounds, the emulator's own CPU time, and the reconciliation of the ledger
 * with the ACD's journal. Immutable.
 *
 * @param offeredPerSecond the profile's arrival rate
 * @param callsPlaced      calls the emulator placed during the arrival window
 * @param windowMs         the arrival window: from the first call to the last one's planned time
 * @param liveCalls        calls placed and not ended, sampled every 100 ms during the arrival window
 * @param openSessions     FastAGI sessions open to the ACD, sampled the same way
 * @param turnarounds      the ACD's FastAGI turnarounds by script, after the warm-up
 * @param allTurnarounds   all scripts' turnarounds together, after the warm-up
 * @param warmupMs         the first part of the arrival window whose turnarounds are set apart (0: none)
 * @param warmupTurnarounds all scripts' turnarounds during the warm-up
 * @param emulatorCpuMs    CPU time this process used during the run
 * @param runMs            wall time of the run, from the first call to the end of the reconciliation
 */
public record LoadResult(double offeredPerSecond, long callsPlaced, long windowMs,
                         Concurrency liveCalls, Concurrency openSessions,
                         Map<String, Histogram> turnarounds, Histogram allTurnarounds, long warmupMs,
                         Histogram warmupTurnarounds, long emulatorCpuMs,
                         long runMs, Reconciliation reconciliation) {

    public LoadResult {
        turnarounds = Map.copyOf(turnarounds);
    }

    /** Calls placed per second of the arrival window. */
    public double achievedPerSecond() {
        return windowMs == 0 ? 0 : callsPlaced * 1000.0 / windowMs;
    }

    public void printTo(PrintWriter out) {
        out.printf(Locale.ROOT, "calls: offered %.1f/s, placed %d in %.1f s = %.1f/s%n", offeredPerSecond,
                callsPlaced, windowMs / 1000.0, achievedPerSecond());
        out.printf(Locale.ROOT, "concurrency while calls arrived (sampled every 100 ms): live calls max %d, mean %.0f;"
                + " FastAGI sessions open max %d, mean %.0f%n", liveCalls.max(), liveCalls.mean(),
                openSessions.max(), openSessions.mean());
        out.println("FastAGI turnaround: from the emulator flushing its last write on a session (the agi_ environment"
                + " or the reply to a command) to the server's next command line read on it, in ms"
                + (warmupMs > 0 ? String.format(Locale.ROOT, ", after the first %.0f s of arrivals:", warmupMs / 1000.0)
                : ":"));
        out.printf(Locale.ROOT, "  %-16s %9s %8s %8s %8s %8s%n", "script", "commands", "p50", "p99", "p99.9", "max");
        turnarounds.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(entry -> histogramRow(out, entry.getKey(), entry.getValue()));
        histogramRow(out, "all", allTurnarounds);
        if (warmupMs > 0) {
            histogramRow(out, "(warm-up)", warmupTurnarounds);
        }
        out.printf(Locale.ROOT, "emulator CPU: %.1f s in %.1f s of wall time%n", emulatorCpuMs / 1000.0, runMs / 1000.0);
        reconciliation.printTo(out);
    }

    private static void histogramRow(PrintWriter out, String label, Histogram histogram) {
        out.printf(Locale.ROOT, "  %-16s %9d %8.3f %8.3f %8.3f %8.3f%n", label, histogram.getTotalCount(),
                ms(histogram.getValueAtPercentile(50)), ms(histogram.getValueAtPercentile(99)),
                ms(histogram.getValueAtPercentile(99.9)), ms(histogram.getMaxValue()));
    }

    private static double ms(long ns) {
        return ns / 1e6;
    }
}
