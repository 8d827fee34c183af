package org.acd.core.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.acd.core.api.AcdEvents;
import org.acd.core.api.QueueRequest;
import org.acd.core.api.RoutingOutcomes;
import org.acd.core.engine.RoutingEngine;
import org.acd.core.journal.Journal;
import org.acd.core.journal.JournalDurability;
import org.acd.core.journal.OutcomeRecorder;
import org.acd.core.testing.Configs;
import org.acd.core.testing.RecordedCommands;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class JournalKpisTest {

    @Test
    void shouldComputeFromTheOutcomesJournalWhatTheLiveFeedComputes(@TempDir Path directory) {
        KpiCalculator live = new KpiCalculator(KpiThresholds.DEFAULTS);
        playCalls(live);
        journalCalls(directory);

        KpiSummary fromJournal = JournalKpis.read(directory, KpiThresholds.DEFAULTS, Long.MIN_VALUE);

        assertEquals(live.summary(), fromJournal);
        assertEquals(4, fromJournal.overall().offered());
        assertEquals(2, fromJournal.overall().answered());
        assertEquals(1, fromJournal.overall().abandoned());
        assertEquals(1, fromJournal.overall().unfinished());
        assertEquals(1, fromJournal.byTier().get("platinum").answered());
    }

    @Test
    void shouldRecomputeWithOtherThresholds(@TempDir Path directory) {
        journalCalls(directory);

        assertEquals(1, JournalKpis.read(directory, new KpiThresholds(5_000, 20_000), 0).overall().shortAbandoned());
        assertEquals(0, JournalKpis.read(directory, new KpiThresholds(0, 20_000), 0).overall().shortAbandoned());
    }

    private static void journalCalls(Path directory) {
        try (Journal journal = new Journal(directory, JournalDurability.PAGE_CACHE)) {
            OutcomeRecorder recorder = new OutcomeRecorder(journal.outcomeAppender());
            recorder.beginEvent(1, 0);
            playCalls(recorder);
            recorder.endEvent();
        }
    }

    /** Four calls through the real engine: two answered after 2 s, one abandoned after 3 s, one still waiting. */
    private static void playCalls(RoutingOutcomes sink) {
        AcdEvents engine = new RoutingEngine(Configs.supportQueue("a1", "a2"), new RecordedCommands(), sink);
        engine.agentLoggedIn(0, "a1");
        engine.agentLoggedIn(0, "a2");
        engine.callQueued(0, 1, "support", "standard", "+15551", QueueRequest.NONE);
        engine.callQueued(0, 2, "support", "platinum", "+15552", QueueRequest.NONE);
        engine.callQueued(0, 3, "support", "standard", "+15553", QueueRequest.NONE);
        engine.callQueued(0, 4, "support", "standard", "+15554", QueueRequest.NONE);
        engine.agentAnswered(2_000, "a1", 1);
        engine.agentAnswered(2_000, "a2", 2);
        engine.callerHungUp(3_000, 3);
    }
}
