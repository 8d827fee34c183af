package org.acd.benchmarks;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.HdrHistogram.Histogram;
import org.acd.core.runtime.PipelineWaitStrategy;

/**
 * Latency of the whole routing pipeline, journal included, at a fixed offered rate of 50,000 events
 * per second, over the {@link ScaleFixture} with 50,000 calls waiting.
 * <pre>
 *   publisher thread (main)           journaling thread         engine thread
 *   TrafficScript, one event every    [ input ring ] ---------> JournalingHandler --> RoutingHandler
 *   20 us on a fixed schedule  -----> (Chronicle append)                               RoutingEngine
 *   stamps each timed event's                                                     (+ outcomes journal)
 *   intended send time in the probe                                                       |
 *                                                       CommandProbe (AcdCommands) <------+
 *                                                       records now - intended send time
 * </pre>
 * Latency runs from the time the schedule meant the event to be sent, not from when it was sent,
 * so a stalled publisher or a full ring counts against the pipeline (no coordinated omission). It
 * ends when the command the event caused reaches the executor, on the engine thread, after the
 * event was journaled. The publisher waits for its slot by yielding, so that on a small machine it
 * leaves the cores to the pipeline threads between events.
 *
 * <p>Run: {@code java <Chronicle flags> -Xms2g -Xmx2g -cp <class path> org.acd.benchmarks.PipelineLatencyHarness
 * [--wait-strategy BACK_OFF|YIELDING|BLOCKING|BUSY_SPIN] [--seconds 20] [--warmup-seconds 5]}.
 */
public final class PipelineLatencyHarness {

    static final long OFFERED_EVENTS_PER_SECOND = 50_000;
    static final long DEFAULT_WARMUP_SECONDS = 5;
    static final long DEFAULT_MEASURED_SECONDS = 20;

    private static final long MAX_LATENESS_NANOS = TimeUnit.SECONDS.toNanos(60);

    private final PipelineWaitStrategy waitStrategy;
    private final long warmupSeconds;
    private final long measuredSeconds;

    PipelineLatencyHarness(PipelineWaitStrategy waitStrategy, long warmupSeconds, long measuredSeconds) {
        this.waitStrategy = waitStrategy;
        this.warmupSeconds = warmupSeconds;
        this.measuredSeconds = measuredSeconds;
    }

    public static void main(String[] args) {
        Flags flags = Flags.parse(args, List.of("--wait-strategy", "--seconds", "--warmup-seconds"), List.of(),
                "PipelineLatencyHarness [--wait-strategy BACK_OFF|YIELDING|BLOCKING|BUSY_SPIN] [--seconds 20] [--warmup-seconds 5]");
        LatencyReport report = new PipelineLatencyHarness(flags.waitStrategy("--wait-strategy"),
                flags.positiveLong("--warmup-seconds", DEFAULT_WARMUP_SECONDS),
                flags.positiveLong("--seconds", DEFAULT_MEASURED_SECONDS)).run(ScaleFixture.build());
        report.print(System.out);
        System.exit(report.isValid() ? 0 : 1);
    }

    LatencyReport run(ScaleFixture fixture) {
        try (ScalePipeline pipeline = ScalePipeline.start(fixture, waitStrategy)) {
            TrafficScript script = new TrafficScript(fixture, pipeline.probe(), pipeline.events(),
                    pipeline.trafficStartMs());
            Histogram latenessNanos = new Histogram(MAX_LATENESS_NANOS, 3);
            long periodNanos = TimeUnit.SECONDS.toNanos(1) / OFFERED_EVENTS_PER_SECOND;
            long warmupEvents = warmupSeconds * OFFERED_EVENTS_PER_SECOND;
            long totalEvents = warmupEvents + measuredSeconds * OFFERED_EVENTS_PER_SECOND;
            long expectedCommands = 0;
            JvmActivity before = null;
            long startNanos = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(1);
            for (long event = 0; event < totalEvents; event++) {
                if (event == warmupEvents) {
                    before = JvmActivity.sample(pipeline.probe().engineThreadId());
                }
                long intendedNanos = startNanos + event * periodNanos;
                long nowNanos;
                while ((nowNanos = System.nanoTime()) < intendedNanos) {
                    Thread.yield();
                }
                if (event < warmupEvents) {
                    script.publishNext(CommandProbe.UNTIMED);
                    continue;
                }
                latenessNanos.recordValue(Math.min(nowNanos - intendedNanos, MAX_LATENESS_NANOS));
                if (script.publishNext(intendedNanos)) {
                    expectedCommands++;
                }
            }
            pipeline.awaitApplied(totalEvents);
            JvmActivity jvm = JvmActivity.sample(pipeline.probe().engineThreadId()).since(before);
            CommandProbe probe = pipeline.probe();
            return new LatencyReport(waitStrategy, OFFERED_EVENTS_PER_SECOND, warmupSeconds, measuredSeconds,
                    probe.latencyNanos().copy(), latenessNanos, expectedCommands, probe.timedCommands(),
                    probe.unexpectedCommands(), pipeline.failedEvents(), jvm);
        }
    }
}
