package org.acd.core.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.acd.core.api.AcdEvents;
import org.acd.core.api.QueueRequest;
import org.acd.core.reporting.JournalKpis;
import org.acd.core.runtime.AcdRuntime;
import org.acd.core.runtime.RuntimeOptions;
import org.acd.core.testing.Configs;
import org.acd.core.testing.RecordedCommands;
import org.acd.core.testing.RecordedOutcomes;
import org.acd.core.testing.TornRecords;
import org.acd.core.view.CallView;
import org.acd.core.view.EngineSnapshot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A write fault (the disk filling up under the mapped journal) leaves the record being written
 * torn: complete by its header, zeros from the fault on. The server must start again on such a
 * journal, and every reader must read past the torn record, counting no outcome twice.
 */
final class TornRecordRecoveryTest {

    @TempDir
    Path journalDir;

    @Test
    void shouldRestartAndJournalTheOutcomesATornRecordLost() throws Exception {
        runAndStop(events -> {
            events.agentLoggedIn(1_000, "a1");
            events.callQueued(2_000, 7, "support", "standard", "+15550100", QueueRequest.NONE);
            events.callerHungUp(4_000, 7);
        });
        List<String> intact = outcomesRead();
        TornRecords.tearLastRecord(journalDir.resolve("outcomes"), 0.3);

        EngineSnapshot restarted = runAndStop(events -> { });

        assertEquals(withoutHeaders(intact), withoutHeaders(outcomesRead()),
                "the torn record's outcomes are journaled again by the replay, each once");
        assertEquals(1, restarted.agents().size());
        assertEquals(0, restarted.calls().size());
        assertEquals(1, JournalKpis.readInto(journalDir, new RecordedOutcomes()).lines().stream()
                .filter(line -> line.startsWith("abandoned 7")).count());
    }

    @Test
    void shouldRestartWithoutTheTornLastEventAndKeepEveryEventBeforeIt() throws Exception {
        runAndStop(events -> {
            events.agentLoggedIn(1_000, "a1");
            events.callQueued(2_000, 7, "support", "standard", "+15550100", QueueRequest.NONE);
            events.timeAdvanced(3_000);
        });
        TornRecords.tearLastRecord(journalDir.resolve("events"), 0.3);

        EngineSnapshot restarted = runAndStop(events -> { });

        assertEquals(List.of(7L), restarted.calls().stream().map(CallView::id).toList(),
                "the events before the torn one (a tick the fault cut, which the engine never saw) replay");
        assertEquals(1, restarted.agents().size());
    }

    @Test
    void shouldReadEveryRecordAfterATornOneInTheMiddle() throws Exception {
        runAndStop(events -> events.agentLoggedIn(1_000, "a1"));
        TornRecords.tearLastRecord(journalDir.resolve("outcomes"), 0.0);
        runAndStop(events -> events.callQueued(2_000, 7, "support", "standard", "+15550100", QueueRequest.NONE));

        List<String> read = withoutHeaders(outcomesRead());

        assertEquals(List.of("agent a1 READY", "entered 7 support tier=standard pos=1", "offered 7 -> a1",
                "agent a1 RESERVED"), read);
    }

    private EngineSnapshot runAndStop(Consumer<AcdEvents> workload) throws Exception {
        try (AcdRuntime runtime = AcdRuntime.start(Configs.supportQueue("a1"), RuntimeOptions.defaults(journalDir),
                new RecordedCommands())) {
            workload.accept(runtime.events());
            return runtime.snapshot().get(5, TimeUnit.SECONDS);
        }
    }

    private List<String> outcomesRead() {
        return JournalKpis.readInto(journalDir, new RecordedOutcomes()).lines();
    }

    private static List<String> withoutHeaders(List<String> lines) {
        return lines.stream().filter(line -> !line.startsWith("causedBy")).toList();
    }
}
