package org.acd.benchmarks;

import java.io.PrintStream;
import java.util.List;
import org.acd.core.runtime.PipelineWaitStrategy;

/**
 * {@code ./acd bench core}: the routing core's benchmarks of issue 2, one after the other in this
 * JVM, each on its own pipeline and journal, then one table of targets and measurements.
 * <ol>
 *   <li>{@link PipelineLatencyHarness}: 50,000 events/s offered, p99 and p99.9 against 50 us and 250 us;</li>
 *   <li>{@link PipelineThroughputHarness}: sustained events/s against 1,000,000;</li>
 *   <li>with {@code --jmh}, {@link RoutingDecisionBenchmark} and {@link EngineTrafficBenchmark} in forked
 *       JVMs: ns and bytes per decision, and per event of the engine thread with its outcomes journal.</li>
 * </ol>
 * Needs the Chronicle flags of the root pom ({@code acd.jvm.flags}); a fixed heap
 * ({@code -Xms2g -Xmx2g}) keeps heap resizing out of the figures. Exits 1 when a run was invalid
 * (a timed event without its command, an unexpected command, a failed event); a target not met is
 * reported in the table, not in the exit code.
 *
 * <p>Run: {@code java <Chronicle flags> -Xms2g -Xmx2g -cp <class path> org.acd.benchmarks.BenchCore
 * [--jmh] [--wait-strategy BACK_OFF] [--latency-seconds 20] [--throughput-events 20000000]
 * [--throughput-seconds 30]}.
 */
public final class BenchCore {

    static final double P99_TARGET_US = 50;
    static final double P999_TARGET_US = 250;
    static final double THROUGHPUT_TARGET_EVENTS_PER_S = 1_000_000;

    private BenchCore() {
    }

    public static void main(String[] args) {
        Flags flags = Flags.parse(args, List.of("--wait-strategy", "--latency-seconds", "--throughput-events",
                        "--throughput-seconds"),
                List.of("--jmh"), "acd bench core [--jmh] [--wait-strategy BACK_OFF|YIELDING|BLOCKING|BUSY_SPIN]"
                        + " [--latency-seconds 20] [--throughput-events 20000000] [--throughput-seconds 30]");
        PipelineWaitStrategy waitStrategy = flags.waitStrategy("--wait-strategy");
        PrintStream out = System.out;
        ScaleFixture fixture = ScaleFixture.build();

        LatencyReport latency = new PipelineLatencyHarness(waitStrategy, PipelineLatencyHarness.DEFAULT_WARMUP_SECONDS,
                flags.positiveLong("--latency-seconds", PipelineLatencyHarness.DEFAULT_MEASURED_SECONDS)).run(fixture);
        latency.print(out);
        ThroughputReport throughput = new PipelineThroughputHarness(waitStrategy,
                PipelineThroughputHarness.DEFAULT_WARMUP_EVENTS,
                flags.positiveLong("--throughput-events", PipelineThroughputHarness.DEFAULT_EVENTS),
                flags.positiveLong("--throughput-seconds", PipelineThroughputHarness.DEFAULT_MAX_SECONDS)).run(fixture);
        throughput.print(out);
        List<DecisionBenchmarkRunner.Score> decisions = flags.isSet("--jmh") ? DecisionBenchmarkRunner.run() : List.of();

        out.println();
        out.printf("routing core at scale (%,d agents, %d skills, %,d queues, %,d calls waiting), wait strategy %s%n",
                ScaleFixture.AGENTS, ScaleFixture.SKILLS, ScaleFixture.QUEUES, ScaleFixture.WAITING_CALLS, waitStrategy);
        table(latency, throughput, decisions).print(out);
        System.exit(latency.isValid() && throughput.isValid() ? 0 : 1);
    }

    private static ResultTable table(LatencyReport latency, ThroughputReport throughput,
                                     List<DecisionBenchmarkRunner.Score> decisions) {
        String offered = String.format("%,d events/s offered", latency.offeredEventsPerSecond());
        ResultTable table = new ResultTable()
                .add("pipeline latency p99, journal included, " + offered, "<= 50 us",
                        String.format("%.1f us", latency.percentileUs(99)), latency.percentileUs(99) <= P99_TARGET_US)
                .add("pipeline latency p99.9, journal included, " + offered, "<= 250 us",
                        String.format("%.1f us", latency.percentileUs(99.9)),
                        latency.percentileUs(99.9) <= P999_TARGET_US)
                .add("pipeline throughput, journal included", ">= 1,000,000 events/s",
                        String.format("%,.0f events/s", throughput.eventsPerSecond()),
                        throughput.eventsPerSecond() >= THROUGHPUT_TARGET_EVENTS_PER_S);
        for (DecisionBenchmarkRunner.Score score : decisions) {
            table.add("JMH " + score.benchmark(),
                    String.format("%.0f ± %.0f ns/op, %.0f B/op", score.nanosPerOp(), score.nanosError(),
                            score.bytesPerOp()));
        }
        return table;
    }
}
