package org.acd.core.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.acd.core.api.CallbackFailure;
import org.acd.core.api.Party;
import org.acd.core.journal.JournaledOutcomes;
import org.acd.core.journal.Journal;
import org.acd.core.journal.JournalDurability;
import org.acd.core.journal.OutcomeRecorder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Callbacks in the reports, from a hand-built outcomes journal: requested, delivered and failed per
 * queue, tier, interval and agent, and a callback is never an abandon (DESIGN.md).
 */
final class CallbackKpisTest {

    private static final long HOUR = 3_600_000;

    @TempDir
    Path directory;

    /**
     * Five standard calls in {@code support} (the last in the second hour) and one gold: 1 answered,
     * 2 delivered by a2 after a failed attempt by a1, 3 failed after two attempts, 4 abandoned,
     * 5 still waiting for its callback, 6 (gold) delivered by a1.
     */
    private void journal() {
        try (Journal journal = new Journal(directory, JournalDurability.PAGE_CACHE)) {
            OutcomeRecorder recorder = new OutcomeRecorder(journal.outcomeAppender());
            recorder.beginEvent(1, 0);
            play(recorder);
            recorder.endEvent();
        }
    }

    private static void play(OutcomeRecorder out) {
        for (long call = 1; call <= 4; call++) {
            out.callEnteredQueue(0, call, "support", "standard", (int) call);
        }
        out.callEnteredQueue(0, 6, "support", "gold", 5);
        out.callEnteredQueue(HOUR, 5, "support", "standard", 1);
        out.callAnswered(10_000, 1, "support", "a1", 10_000);
        out.callCompleted(70_000, 1, "support", "a1", 60_000, Party.CALLER);

        out.callbackRequested(20_000, 2, "support", 20_000, 1);
        out.callbackAttempted(80_000, 2, "support", "a1", 1);
        out.callbackAttemptFailed(90_000, 2, "support", "a1", 1, CallbackFailure.BUSY, 150_000);
        out.callbackAttempted(150_000, 2, "support", "a2", 2);
        out.callbackAnswered(160_000, 2, "support", "a2", 2);
        out.callAnswered(165_000, 2, "support", "a2", 165_000);
        out.callCompleted(200_000, 2, "support", "a2", 35_000, Party.AGENT);

        out.callbackRequested(25_000, 3, "support", 25_000, 1);
        out.callbackAttempted(200_000, 3, "support", "a2", 1);
        out.callbackAttemptFailed(230_000, 3, "support", "a2", 1, CallbackFailure.NO_ANSWER, 290_000);
        out.callbackAttempted(290_000, 3, "support", "a2", 2);
        out.callbackAttemptFailed(300_000, 3, "support", "a2", 2, CallbackFailure.UNREACHABLE, 0);
        out.callbackFailed(300_000, 3, "support", 300_000, 2);

        out.callAbandoned(40_000, 4, "support", 40_000, 2, false);

        out.callbackRequested(30_000, 6, "support", 30_000, 3);
        out.callbackAttempted(100_000, 6, "support", "a1", 1);
        out.callbackAnswered(105_000, 6, "support", "a1", 1);
        out.callAnswered(108_000, 6, "support", "a1", 108_000);

        out.callbackRequested(HOUR + 5_000, 5, "support", 5_000, 1);
    }

    @Test
    void shouldCountCallbacksRequestedDeliveredAndFailedApartFromAnsweredAndAbandoned() {
        journal();

        KpiReport overall = JournalKpis.read(directory, KpiThresholds.DEFAULTS, Long.MIN_VALUE).overall();

        assertEquals(6, overall.offered());
        assertEquals(1, overall.answered());
        assertEquals(1, overall.abandoned());
        assertEquals(4, overall.callbacksRequested());
        assertEquals(2, overall.callbacksDelivered());
        assertEquals(1, overall.callbacksFailed());
        assertEquals(1, overall.unfinished());
        assertEquals(1.0 / 6.0, overall.abandonRate(), 1e-12);
        assertEquals(10.0, overall.asaSeconds());
    }

    @Test
    void shouldBreakCallbacksDownByQueueTierIntervalAndAgent() {
        journal();

        KpiSummary summary = JournalKpis.read(directory, KpiThresholds.DEFAULTS, Long.MIN_VALUE);

        assertEquals(4, summary.byQueue().get("support").callbacksRequested());
        assertEquals(1, summary.byTier().get("gold").callbacksDelivered());
        assertEquals(1, summary.byTier().get("standard").callbacksDelivered());
        assertEquals(1, summary.byTier().get("standard").callbacksFailed());
        assertEquals(3, summary.byInterval().get(0L).callbacksRequested());
        assertEquals(1, summary.byInterval().get(HOUR).callbacksRequested());
        assertEquals(0, summary.byInterval().get(HOUR).callbacksDelivered());
        AgentReport a1 = summary.byAgent().get("a1");
        AgentReport a2 = summary.byAgent().get("a2");
        assertEquals(1, a1.callbacksDelivered());
        assertEquals(1, a1.callbackAttemptsFailed());
        assertEquals(2, a1.answered());
        assertEquals(1, a2.callbacksDelivered());
        assertEquals(2, a2.callbackAttemptsFailed());
    }

    @Test
    void shouldReadBackEveryCallbackOutcomeAsItWasWritten() {
        journal();
        JournaledOutcomes live = new KpiCalculator(KpiThresholds.DEFAULTS);
        play(new OutcomeRecorder(live));

        assertEquals(((KpiCalculator) live).summary(),
                JournalKpis.read(directory, KpiThresholds.DEFAULTS, Long.MIN_VALUE));
    }
}
