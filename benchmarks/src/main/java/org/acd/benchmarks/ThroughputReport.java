package org.acd.benchmarks;

import java.io.PrintStream;
import org.acd.core.runtime.PipelineWaitStrategy;

/**
 * What one run of the {@link PipelineThroughputHarness} measured.
 *
 * @param events  events published in the measured part, all applied by the engine
 * @param elapsedNanos from the first publish to the engine having applied the last event
 */
record ThroughputReport(PipelineWaitStrategy waitStrategy, long warmupEvents, long events, long elapsedNanos,
                        long unexpectedCommands, long failedEvents, JvmActivity jvm) {

    double eventsPerSecond() {
        return events * 1e9 / elapsedNanos;
    }

    boolean isValid() {
        return unexpectedCommands == 0 && failedEvents == 0;
    }

    void print(PrintStream out) {
        out.printf("pipeline throughput, wait strategy %s, journal included, %,d events after %,d warm-up events%n",
                waitStrategy, events, warmupEvents);
        out.printf("  %,.0f events/s sustained (%,d events in %.2f s, first publish to last event applied)%n",
                eventsPerSecond(), events, elapsedNanos / 1e9);
        out.printf("  unexpected commands %d; failed events %d%s%n", unexpectedCommands, failedEvents,
                isValid() ? "" : "  INVALID RUN");
        out.printf("  during measurement: %s%n", jvm.describe(events));
    }
}
