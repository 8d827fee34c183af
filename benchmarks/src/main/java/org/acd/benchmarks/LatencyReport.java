package org.acd.benchmarks;

import java.io.PrintStream;
import org.HdrHistogram.Histogram;
import org.acd.core.runtime.PipelineWaitStrategy;

/**
 * What one run of the {@link PipelineLatencyHarness} measured.
 *
 * @param latencyNanos     intended send time to command at the executor, every timed event
 * @param latenessNanos    how late the publisher began publishing each timed event, against its schedule
 * @param expectedCommands timed events published, each causing one command
 * @param timedCommands    commands the probe timed; equal to {@code expectedCommands} in a valid run
 */
record LatencyReport(PipelineWaitStrategy waitStrategy, long offeredEventsPerSecond, long warmupSeconds,
                     long measuredSeconds, Histogram latencyNanos, Histogram latenessNanos, long expectedCommands,
                     long timedCommands, long unexpectedCommands, long failedEvents, JvmActivity jvm) {

    double percentileUs(double percentile) {
        return latencyNanos.getValueAtPercentile(percentile) / 1e3;
    }

    /** Every timed event caused its command, nothing else came out, nothing failed. */
    boolean isValid() {
        return expectedCommands == timedCommands && unexpectedCommands == 0 && failedEvents == 0;
    }

    void print(PrintStream out) {
        out.printf("pipeline latency, wait strategy %s, %,d events/s offered for %d s after a %d s warm-up%n",
                waitStrategy, offeredEventsPerSecond, measuredSeconds, warmupSeconds);
        out.println("  intended send time -> command at the executor (corrected for coordinated omission), us:");
        out.printf("  %10s %9s %9s %9s %9s %9s %9s%n", "count", "p50", "p90", "p99", "p99.9", "p99.99", "max");
        out.printf("  %,10d %9.1f %9.1f %9.1f %9.1f %9.1f %9.1f%n", latencyNanos.getTotalCount(),
                percentileUs(50), percentileUs(90), percentileUs(99), percentileUs(99.9), percentileUs(99.99),
                latencyNanos.getMaxValue() / 1e3);
        out.printf("  publisher lateness against its schedule, us: p99 %.1f, p99.9 %.1f, max %.1f%n",
                latenessNanos.getValueAtPercentile(99) / 1e3, latenessNanos.getValueAtPercentile(99.9) / 1e3,
                latenessNanos.getMaxValue() / 1e3);
        out.printf("  commands timed %,d of %,d expected; unexpected commands %d; failed events %d%s%n",
                timedCommands, expectedCommands, unexpectedCommands, failedEvents, isValid() ? "" : "  INVALID RUN");
        out.printf("  during measurement: %s%n", jvm.describe(offeredEventsPerSecond * measuredSeconds));
    }
}
