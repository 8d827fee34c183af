package org.acd.core.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import net.openhft.chronicle.bytes.MethodReader;
import net.openhft.chronicle.queue.ChronicleQueue;
import net.openhft.chronicle.queue.ExcerptTailer;
import net.openhft.chronicle.queue.RollCycles;
import net.openhft.chronicle.wire.DocumentContext;
import org.acd.core.api.AcdEvents;
import org.acd.core.api.AgentState;
import org.acd.core.api.QueueRequest;
import org.acd.core.api.RoutingOutcomes;
import org.acd.core.model.RoutingConfig;
import org.acd.core.runtime.AcdRuntime;
import org.acd.core.runtime.RuntimeOptions;
import org.acd.core.testing.Configs;
import org.acd.core.testing.RecordedCommands;
import org.acd.core.testing.RecordedOutcomes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class OutcomeJournalTest {

    private static final RoutingConfig CONFIG = Configs.supportQueue("a1");

    @TempDir
    Path journalDir;

    @Test
    void shouldJournalEachOutcomeOnceAcrossRestarts() throws Exception {
        runAndStop(events -> {
            events.agentLoggedIn(1_000, "a1");
            events.callQueued(2_000, 7, "support", "standard", "+15550100", QueueRequest.NONE);
            events.callerHungUp(4_000, 7);
        });
        List<String> firstRun = journaledOutcomes();
        runAndStop(events -> { });

        assertEquals(firstRun, journaledOutcomes());
        assertEquals(List.of("agent a1 READY", "entered 7 support tier=standard pos=1", "offered 7 -> a1",
                "agent a1 RESERVED", "abandoned 7 support wait=2000 pos=1 ringing=true", "agent a1 READY"),
                withoutHeaders(firstRun));
    }

    @Test
    void shouldJournalTheOutcomesOfEachEventAsOneRecord() throws Exception {
        runAndStop(events -> {
            events.agentLoggedIn(1_000, "a1");
            events.callQueued(2_000, 7, "support", "standard", "+15550100", QueueRequest.NONE);
            events.timeAdvanced(3_000);
            events.callerHungUp(4_000, 7);
        });

        assertEquals(3, journaledRecords(), "one record per event with outcomes; the tick has none");
    }

    @Test
    void shouldReadOutcomesJournaledWithMethodNamesBeforeMethodIds() {
        try (ChronicleQueue outcomes = ChronicleQueue.singleBuilder(journalDir.resolve("outcomes"))
                .rollCycle(RollCycles.FAST_DAILY).build()) {
            RoutingOutcomes byName = outcomes.methodWriter(RoutingOutcomes.class);
            byName.agentStateChanged(1_000, "a1", AgentState.READY, "");
            byName.callOffered(2_000, 7, "support", "a1");
        }

        assertEquals(List.of("agent a1 READY", "offered 7 -> a1"), journaledOutcomes());
    }

    @Test
    void shouldWriteTheOutcomesThatACrashCutOffWhenReplaying() throws Exception {
        List<Long> eventIndices = new ArrayList<>();
        try (Journal journal = new Journal(journalDir, JournalDurability.PAGE_CACHE)) {
            Journal.EventAppender appender = journal.eventAppender();
            appender.writer().agentLoggedIn(1_000, "a1");
            eventIndices.add(appender.lastIndexAppended());
            appender.writer().callQueued(2_000, 7, "support", "standard", "+15550100", QueueRequest.NONE);
            eventIndices.add(appender.lastIndexAppended());
        }

        runAndStop(events -> { });

        assertEquals(List.of("causedBy " + eventIndices.get(0), "agent a1 READY",
                "causedBy " + eventIndices.get(1), "entered 7 support tier=standard pos=1", "offered 7 -> a1",
                "agent a1 RESERVED"), journaledOutcomes());
    }

    @Test
    void shouldLeaveNoTraceOfAnEventWhoseOutcomesCouldNotBeWrittenWhole() {
        try (Journal journal = new Journal(journalDir, JournalDurability.PAGE_CACHE)) {
            OutcomeRecorder recorder = new OutcomeRecorder(journal.outcomeAppender());
            recorder.beginEvent(10, 0);
            recorder.agentStateChanged(1_000, "a1", AgentState.READY, "");
            recorder.beginEvent(11, 0);
            recorder.callOffered(2_000, 7, "support", "a1");
            recorder.discardEvent();
            recorder.beginEvent(12, 0);
            recorder.callOffered(3_000, 8, "support", "a1");
            recorder.endEvent();

            assertEquals(new RecoveryPoint(12, 1), RecoveryPoint.find(journal));
        }

        assertEquals(List.of("causedBy 10", "agent a1 READY", "causedBy 12", "offered 8 -> a1"), journaledOutcomes());
        assertEquals(2, journaledRecords());
    }

    private void runAndStop(java.util.function.Consumer<AcdEvents> workload) throws Exception {
        try (AcdRuntime runtime = AcdRuntime.start(CONFIG, RuntimeOptions.defaults(journalDir), new RecordedCommands())) {
            workload.accept(runtime.events());
            runtime.snapshot().get(5, TimeUnit.SECONDS);
        }
    }

    private List<String> journaledOutcomes() {
        RecordedOutcomes recorded = new RecordedOutcomes();
        try (Journal journal = new Journal(journalDir, JournalDurability.PAGE_CACHE)) {
            MethodReader reader = journal.outcomeTailer().methodReader(recorded);
            while (reader.readOne()) {
                // read to the end
            }
        }
        return recorded.lines();
    }

    private long journaledRecords() {
        long records = 0;
        try (Journal journal = new Journal(journalDir, JournalDurability.PAGE_CACHE)) {
            ExcerptTailer tailer = journal.outcomeTailer();
            while (true) {
                try (DocumentContext record = tailer.readingDocument()) {
                    if (!record.isPresent()) {
                        return records;
                    }
                    records++;
                }
            }
        }
    }

    private static List<String> withoutHeaders(List<String> lines) {
        return lines.stream().filter(line -> !line.startsWith("causedBy")).toList();
    }
}
