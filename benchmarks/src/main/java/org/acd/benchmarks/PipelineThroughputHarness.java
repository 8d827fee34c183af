package org.acd.benchmarks;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.acd.core.runtime.PipelineWaitStrategy;

/**
 * Sustained throughput of the whole routing pipeline, journal included, over the
 * {@link ScaleFixture} with 50,000 calls waiting.
 * <pre>
 *   publisher thread (main)          journaling thread          engine thread
 *   TrafficScript, as fast as   ---> [ input ring ] ----------> JournalingHandler --> RoutingHandler
 *   the ring takes events            (Chronicle append)                              RoutingEngine
 *                                                                              (+ outcomes journal)
 *   reads PipelineCounters.eventsApplied <------------------------------------------------+
 * </pre>
 * After a warm-up, the publisher offers events with no pause until it has offered the number asked
 * for or the time allowed has passed, whichever comes first; the rate is the count over the time
 * from the first publish of the measured part until the engine has applied the last of them. The ring's back-pressure, and the simulated agents who answer only phones that
 * rang, keep the publisher within a bounded distance ahead of the engine, so the figure is what the
 * slowest of the three threads sustains, not a burst into an empty ring.
 *
 * <p>Run: {@code java <Chronicle flags> -Xms2g -Xmx2g -cp <class path> org.acd.benchmarks.PipelineThroughputHarness
 * [--wait-strategy BACK_OFF|YIELDING|BLOCKING|BUSY_SPIN] [--events 20000000] [--max-seconds 30] [--warmup-events 1000000]}.
 */
public final class PipelineThroughputHarness {

    static final long DEFAULT_WARMUP_EVENTS = 1_000_000;
    static final long DEFAULT_EVENTS = 20_000_000;
    static final long DEFAULT_MAX_SECONDS = 30;

    /** Events published between two looks at the clock. */
    private static final int CLOCK_CHECK_EVERY = 1024;

    private final PipelineWaitStrategy waitStrategy;
    private final long warmupEvents;
    private final long maxEvents;
    private final long maxSeconds;

    PipelineThroughputHarness(PipelineWaitStrategy waitStrategy, long warmupEvents, long maxEvents, long maxSeconds) {
        this.waitStrategy = waitStrategy;
        this.warmupEvents = warmupEvents;
        this.maxEvents = maxEvents;
        this.maxSeconds = maxSeconds;
    }

    public static void main(String[] args) {
        Flags flags = Flags.parse(args, List.of("--wait-strategy", "--events", "--max-seconds", "--warmup-events"),
                List.of(),
                "PipelineThroughputHarness [--wait-strategy BACK_OFF|YIELDING|BLOCKING|BUSY_SPIN] [--events 20000000]"
                        + " [--max-seconds 30] [--warmup-events 1000000]");
        ThroughputReport report = new PipelineThroughputHarness(flags.waitStrategy("--wait-strategy"),
                flags.positiveLong("--warmup-events", DEFAULT_WARMUP_EVENTS),
                flags.positiveLong("--events", DEFAULT_EVENTS),
                flags.positiveLong("--max-seconds", DEFAULT_MAX_SECONDS)).run(ScaleFixture.build());
        report.print(System.out);
        System.exit(report.isValid() ? 0 : 1);
    }

    ThroughputReport run(ScaleFixture fixture) {
        try (ScalePipeline pipeline = ScalePipeline.start(fixture, waitStrategy)) {
            TrafficScript script = new TrafficScript(fixture, pipeline.probe(), pipeline.events(),
                    pipeline.trafficStartMs());
            for (long event = 0; event < warmupEvents; event++) {
                script.publishNext(CommandProbe.UNTIMED);
            }
            pipeline.awaitApplied(warmupEvents);
            JvmActivity before = JvmActivity.sample(pipeline.probe().engineThreadId());
            long startNanos = System.nanoTime();
            long deadlineNanos = startNanos + TimeUnit.SECONDS.toNanos(maxSeconds);
            long events = 0;
            while (events < maxEvents && (events % CLOCK_CHECK_EVERY != 0 || System.nanoTime() < deadlineNanos)) {
                script.publishNext(CommandProbe.UNTIMED);
                events++;
            }
            pipeline.awaitApplied(warmupEvents + events);
            long elapsedNanos = System.nanoTime() - startNanos;
            JvmActivity jvm = JvmActivity.sample(pipeline.probe().engineThreadId()).since(before);
            return new ThroughputReport(waitStrategy, warmupEvents, events, elapsedNanos,
                    pipeline.probe().unexpectedCommands(), pipeline.failedEvents(), jvm);
        }
    }
}
