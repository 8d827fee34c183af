package org.acd.core.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.acd.core.api.AcdEvents;
import org.acd.core.api.ExitReason;
import org.acd.core.api.QueueRequest;
import org.acd.core.engine.RoutingEngine;
import org.acd.core.journal.Journal;
import org.acd.core.journal.JournalDurability;
import org.acd.core.journal.OutcomeRecorder;
import org.acd.core.testing.Configs;
import org.acd.core.testing.RecordedCommands;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class AbandonedCallsTest {

    @Test
    void shouldListAbandonedCallsWithQueueTierEntryWaitAndPosition() {
        KpiCalculator kpis = new KpiCalculator(KpiThresholds.DEFAULTS);
        kpis.callEnteredQueue(1_000, 1, "sales", "gold", 1);
        kpis.callEnteredQueue(2_000, 2, "sales", "standard", 2);
        kpis.callEnteredQueue(3_000, 3, "sales", "standard", 3);
        kpis.callOverflowed(5_000, 3, "sales", "orders", ExitReason.OVERFLOW_STEP);
        kpis.callEnteredQueue(5_000, 3, "orders", "standard", 4);
        kpis.callAbandoned(4_000, 2, "sales", 2_000, 2, false);
        kpis.callAbandoned(33_000, 3, "orders", 30_000, 3, false);
        kpis.callAnswered(40_000, 1, "sales", "a1", 39_000);

        assertEquals(List.of(
                new AbandonedCall(2, "", "sales", "standard", 2_000, 2_000, 2, true),
                new AbandonedCall(3, "", "orders", "standard", 3_000, 30_000, 3, false)), kpis.abandonedCalls());
    }

    @Test
    void shouldTakeTheCallerNumbersOfAbandonedCallsFromTheEventsJournal(@TempDir Path directory) {
        try (Journal journal = new Journal(directory, JournalDurability.PAGE_CACHE)) {
            OutcomeRecorder recorder = new OutcomeRecorder(journal.outcomeAppender());
            recorder.beginEvent(0, 0);
            AcdEvents engine = new RoutingEngine(Configs.supportQueue("a1"), new RecordedCommands(), recorder);
            AcdEvents journaled = journal.eventAppender().writer();
            journaled.callQueued(0, 1, "support", "standard", "+15551", QueueRequest.NONE);
            engine.callQueued(0, 1, "support", "standard", "+15551", QueueRequest.NONE);
            journaled.callQueued(0, 2, "support", "platinum", "+15552", QueueRequest.NONE);
            engine.callQueued(0, 2, "support", "platinum", "+15552", QueueRequest.NONE);
            journaled.callerHungUp(8_000, 2);
            engine.callerHungUp(8_000, 2);
            recorder.endEvent();
        }

        List<AbandonedCall> calls = JournalKpis.readInto(directory, new KpiCalculator(KpiThresholds.DEFAULTS))
                .abandonedCalls();

        assertEquals(List.of(new AbandonedCall(2, "+15552", "support", "platinum", 0, 8_000, 1, false)),
                CallerNumbers.fill(directory, calls));
        assertEquals("+15551", CallerNumbers.all(directory).apply(1));
        assertEquals(null, CallerNumbers.all(directory).apply(3));
    }
}
