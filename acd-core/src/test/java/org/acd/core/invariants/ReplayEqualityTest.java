package org.acd.core.invariants;

import static org.acd.core.testing.SnapshotAssertions.assertSameState;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import net.openhft.chronicle.bytes.MethodReader;
import org.acd.core.engine.RoutingEngine;
import org.acd.core.journal.Journal;
import org.acd.core.journal.JournalDurability;
import org.acd.core.model.RoutingConfig;
import org.acd.core.runtime.AcdRuntime;
import org.acd.core.runtime.RuntimeOptions;
import org.acd.core.testing.RandomWorkload;
import org.acd.core.testing.RecordedCommands;
import org.acd.core.testing.RecordedOutcomes;
import org.acd.core.testing.WorkloadConfig;
import org.acd.core.testing.WorkloadEvent;
import org.acd.core.view.EngineSnapshot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Recovery is replay: a random workload runs through the real runtime (Disruptor ring, Chronicle
 * journal), the runtime is closed and started again on the same journal, and the rebuilt state must
 * equal the state before the restart field by field, with no command issued again. A bare engine
 * fed the same events without interruption is the reference for what comes after each restart.
 */
final class ReplayEqualityTest {

    private static final RoutingConfig CONFIG = WorkloadConfig.CONFIG;
    private static final int EVENTS_PER_RUN = 1_500;
    private static final int RUNS = 3;

    @TempDir
    Path journalRoot;

    @Test
    void shouldRebuildTheSameStateAtEveryRestartWithoutReissuingCommands() throws Exception {
        for (long seed = 21; seed <= 22; seed++) {
            restartBetweenRuns(seed, seed % 2 == 0 ? 1_000 : 1, journalRoot.resolve("seed-" + seed));
        }
    }

    @Test
    void shouldReachTheSameStateAndCommandsThroughTheRuntimeAsThroughABareEngine() throws Exception {
        RecordedCommands engineCommands = new RecordedCommands();
        RecordedOutcomes engineOutcomes = new RecordedOutcomes();
        RoutingEngine engine = new RoutingEngine(CONFIG, engineCommands, engineOutcomes);
        List<WorkloadEvent> events = new RandomWorkload(31, CONFIG).drive(engine, 4_000);
        RecordedCommands executor = new RecordedCommands();

        EngineSnapshot throughRuntime;
        try (AcdRuntime runtime = AcdRuntime.start(CONFIG, RuntimeOptions.defaults(journalRoot), executor)) {
            events.forEach(event -> event.applyTo(runtime.events()));
            throughRuntime = runtime.snapshot().get(30, TimeUnit.SECONDS);
        }

        assertSameState(engine.snapshot(), throughRuntime);
        assertEquals(engineCommands.lines(), executor.lines());
        assertEquals(engineOutcomes.lines(), journaledOutcomes(journalRoot));
    }

    /**
     * Runs {@link #RUNS} runtimes one after the other on one journal, each with new events. At each
     * start: the state is the one the previous runtime ended with, and replay issued nothing. At each
     * end: state and commands are those of the uninterrupted engine. Finally the outcomes journal
     * holds each outcome exactly once, in the uninterrupted engine's order.
     */
    private static void restartBetweenRuns(long seed, long clockGranularityMs, Path journal) throws Exception {
        RecordedCommands referenceCommands = new RecordedCommands();
        RecordedOutcomes referenceOutcomes = new RecordedOutcomes();
        RoutingEngine reference = new RoutingEngine(CONFIG, referenceCommands, referenceOutcomes);
        RandomWorkload workload = new RandomWorkload(seed, CONFIG, clockGranularityMs);
        EngineSnapshot beforeRestart = reference.snapshot();
        for (int run = 0; run < RUNS; run++) {
            RecordedCommands executor = new RecordedCommands();
            try (AcdRuntime runtime = AcdRuntime.start(CONFIG, RuntimeOptions.defaults(journal), executor)) {
                EngineSnapshot rebuilt = runtime.snapshot().get(30, TimeUnit.SECONDS);
                assertSameState(beforeRestart, rebuilt);
                assertEquals(List.of(), executor.lines(), "commands issued again by the replay of seed " + seed);
                assertEquals((long) run * EVENTS_PER_RUN, runtime.counters().eventsReplayed());

                List<WorkloadEvent> events = workload.drive(reference, EVENTS_PER_RUN);
                events.forEach(event -> event.applyTo(runtime.events()));
                beforeRestart = runtime.snapshot().get(30, TimeUnit.SECONDS);

                assertSameState(reference.snapshot(), beforeRestart);
                assertEquals(referenceCommands.drain(), executor.lines(), "commands after restart " + run
                        + " of seed " + seed);
            }
        }
        assertEquals(referenceOutcomes.lines(), journaledOutcomes(journal), "outcomes journal of seed " + seed);
    }

    private static List<String> journaledOutcomes(Path directory) {
        RecordedOutcomes recorded = new RecordedOutcomes();
        try (Journal journal = new Journal(directory, JournalDurability.PAGE_CACHE)) {
            MethodReader reader = journal.outcomeTailer().methodReader(recorded);
            while (reader.readOne()) {
                // read to the end
            }
        }
        return recorded.lines().stream().filter(line -> !line.startsWith("causedBy")).toList();
    }
}
