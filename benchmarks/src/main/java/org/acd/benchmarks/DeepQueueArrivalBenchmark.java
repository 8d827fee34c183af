package org.acd.benchmarks;

import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.acd.core.api.QueueRequest;
import org.acd.core.engine.RoutingEngine;
import org.acd.core.model.AgentConfig;
import org.acd.core.model.QueueConfig;
import org.acd.core.model.RoutingConfig;
import org.acd.core.model.TierConfig;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * How the cost of a call arriving in a queue grows with the calls already waiting there: one queue,
 * no agent logged in, {@link #waitingCalls} calls waiting; each invocation queues one more call and
 * lets it hang up before an agent takes it (an abandon), which restores the state. The engine
 * reports the call's position in queue on entry and on abandon. The {@link ScaleFixture} spreads
 * its 50,000 calls over 900 queues; this benchmark shows what 50,000 in one queue cost.
 * Everything runs on the JMH thread, which plays the engine thread. Not final: JMH extends it.
 *
 * <p>Run: {@code java -cp <class path> org.openjdk.jmh.Main DeepQueueArrivalBenchmark -prof gc}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class DeepQueueArrivalBenchmark {

    private static final long START_MS = 1_795_305_600_000L;
    private static final String QUEUE = "support";
    private static final String TIER = "standard";
    private static final String CALLER = "+15550100";

    @Param({"50", "5000", "50000"})
    public int waitingCalls;

    private CountingCommands commands;
    private RoutingEngine engine;
    private long nowMs;
    private long nextCallId;

    @Setup(Level.Trial)
    public void queueWaitingCalls() {
        RoutingConfig config = new RoutingConfig(List.of(QUEUE), List.of(TierConfig.of(TIER, 0)),
                List.of(QueueConfig.builder(QUEUE).skill(QUEUE, 1).build()),
                List.of(AgentConfig.of("agent-00000", Map.of(QUEUE, 5))));
        commands = new CountingCommands();
        engine = new RoutingEngine(config, commands, new DiscardingOutcomes());
        nowMs = START_MS;
        for (nextCallId = 1; nextCallId <= waitingCalls; nextCallId++) {
            engine.callQueued(++nowMs, nextCallId, QUEUE, TIER, CALLER, QueueRequest.NONE);
        }
    }

    @Benchmark
    public void queueCallBehindWaitingCallsThenAbandon() {
        long callId = nextCallId++;
        engine.callQueued(++nowMs, callId, QUEUE, TIER, CALLER, QueueRequest.NONE);
        engine.callerHungUp(nowMs, callId);
    }

    /** Nothing was offered, nothing rejected: every invocation queued a call and abandoned it. */
    @TearDown(Level.Trial)
    public void checkNothingElseHappened() {
        if (commands.offers() + commands.cancels() + commands.others() != 0 || engine.rejectedEvents() != 0) {
            throw new IllegalStateException("the benchmark issued commands or had events rejected: it did not"
                    + " measure what it claims");
        }
    }
}
