package org.acd.benchmarks;

import java.util.concurrent.TimeUnit;
import org.acd.core.engine.RoutingEngine;
import org.acd.core.journal.Journal;
import org.acd.core.journal.JournalDurability;
import org.acd.core.journal.OutcomeRecorder;
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
 * The engine thread's work per event in the pipeline harnesses, without the ring and without the
 * other threads: the {@link TrafficScript}'s events one at a time into a {@link RoutingEngine} at
 * full scale ({@link ScaleFixture}), the outcomes of each written to a Chronicle outcomes journal
 * as one record ({@link OutcomeJournalingEngine}), its command to the {@link CommandProbe}. The
 * JMH thread plays the engine thread; the score is the time one event costs it, which bounds the
 * pipeline's throughput from above whatever the machine's other load.
 *
 * <pre>
 *   JMH thread: TrafficScript -> OutcomeJournalingEngine -> RoutingEngine -> CommandProbe
 *                                                         -> OutcomeRecorder -> outcomes journal
 * </pre>
 * The journal lives in a temporary directory, deleted after the run. Needs the Chronicle flags of
 * the root pom ({@code acd.jvm.flags}) on the JMH command, which the fork inherits. Not final: JMH
 * extends it.
 *
 * <p>Run: {@code java <Chronicle flags> -cp <class path> org.openjdk.jmh.Main EngineTrafficBenchmark -prof gc}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class EngineTrafficBenchmark {

    private static final long LOAD_START_MS = 1_795_305_600_000L;

    private JournalDirectory directory;
    private Journal journal;
    private CommandProbe probe;
    private RoutingEngine engine;
    private TrafficScript script;

    @Setup(Level.Trial)
    public void loadFullScale() {
        ScaleFixture fixture = ScaleFixture.build();
        directory = JournalDirectory.create();
        journal = new Journal(directory.path(), JournalDurability.PAGE_CACHE);
        probe = new CommandProbe();
        OutcomeRecorder outcomes = new OutcomeRecorder(journal.outcomeAppender());
        engine = new RoutingEngine(fixture.config(), probe, outcomes);
        OutcomeJournalingEngine events = new OutcomeJournalingEngine(engine, outcomes);
        long trafficStartMs = fixture.load(events, LOAD_START_MS) + 1;
        script = new TrafficScript(fixture, probe, events, trafficStartMs);
    }

    @Benchmark
    public void applyNextTrafficEvent() {
        script.publishNext(CommandProbe.UNTIMED);
    }

    /** Deletes the journal; fails the run if an event caused a command the script did not expect or was rejected. */
    @TearDown(Level.Trial)
    public void checkAndDelete() {
        try {
            if (probe.unexpectedCommands() != 0 || engine.rejectedEvents() != 0) {
                throw new IllegalStateException(probe.unexpectedCommands() + " unexpected commands and "
                        + engine.rejectedEvents() + " rejected events in " + script.published()
                        + " events: the benchmark did not measure what it claims");
            }
        } finally {
            journal.close();
            directory.close();
        }
    }
}
