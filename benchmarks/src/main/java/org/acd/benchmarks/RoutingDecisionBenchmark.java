package org.acd.benchmarks;

import java.util.concurrent.TimeUnit;
import org.acd.core.api.QueueRequest;
import org.acd.core.engine.RoutingEngine;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One routing decision of a bare {@link RoutingEngine} (no ring, no journal) at full scale: the
 * {@link ScaleFixture} with 50,000 calls waiting, 8,000 agents not ready and 2,000 ready.
 * Everything runs on the JMH thread, which plays the engine thread.
 *
 * <p>Each invocation applies the decision and the event that undoes it, so the state is the same
 * before every invocation and a long run measures the same decision again and again:
 * <ul>
 *   <li>{@link #offerArrivingCallToReadyAgent}: {@code callQueued} in a live queue, offered at once
 *       to the head of its ready agents (and taken out of the ready heaps of all its queues), then
 *       {@code callerHungUp} while ringing, which makes the agent ready again and puts it back.</li>
 *   <li>{@link #offerBestWaitingCallToAgentBecomingReady}: {@code agentReady} of a backlog agent, who
 *       takes the best of the calls waiting in all the queues it serves, then {@code agentNotReady},
 *       which withdraws the offer and puts the call back in its place.</li>
 * </ul>
 * A score is the cost of both events; the decision alone costs less. Event time moves on by one
 * millisecond an invocation. Not final: JMH extends benchmark classes.
 *
 * <p>Run: {@code java -cp <class path> org.openjdk.jmh.Main RoutingDecisionBenchmark -prof gc}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class RoutingDecisionBenchmark {

    private static final long START_MS = 1_795_305_600_000L;

    private ScaleFixture fixture;
    private CountingCommands commands;
    private RoutingEngine engine;
    private long nowMs;
    private long invocations;

    @Setup(Level.Trial)
    public void loadFullScale() {
        fixture = ScaleFixture.build();
        commands = new CountingCommands();
        engine = new RoutingEngine(fixture.config(), commands, new DiscardingOutcomes());
        nowMs = fixture.load(engine, START_MS);
        if (commands.offers() + commands.cancels() + commands.others() != 0 || engine.rejectedEvents() != 0) {
            throw new IllegalStateException("the fixture did not load as designed");
        }
    }

    @Benchmark
    public void offerArrivingCallToReadyAgent() {
        long n = invocations++;
        long callId = ScaleFixture.FIRST_LIVE_CALL_ID + n;
        engine.callQueued(++nowMs, callId, fixture.arrivalQueueId(n), fixture.tierId(n), fixture.callerNumber(n), QueueRequest.NONE);
        engine.callerHungUp(nowMs, callId);
    }

    @Benchmark
    public void offerBestWaitingCallToAgentBecomingReady() {
        String agentId = fixture.toggleAgentId(invocations++);
        engine.agentReady(++nowMs, agentId);
        engine.agentNotReady(nowMs, agentId, ScaleFixture.NOT_READY_REASON);
    }

    /** Every invocation made one offer and cancelled it, and nothing else happened. */
    @TearDown(Level.Trial)
    public void checkEveryInvocationDecided() {
        if (commands.offers() != invocations || commands.cancels() != invocations || commands.others() != 0
                || engine.rejectedEvents() != 0) {
            throw new IllegalStateException(String.format("%d invocations made %d offers, %d cancels, %d other"
                            + " commands and %d rejected events: the benchmark did not measure what it claims",
                    invocations, commands.offers(), commands.cancels(), commands.others(), engine.rejectedEvents()));
        }
    }
}
