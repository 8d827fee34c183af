package org.acd.core.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.acd.core.api.CallState;
import org.acd.core.api.ExitAction;
import org.acd.core.api.ExitReason;
import org.acd.core.api.Party;
import org.junit.jupiter.api.Test;

final class KpiCalculatorTest {

    private static final double EXACT = 1e-12;

    private final KpiCalculator kpis = new KpiCalculator(KpiThresholds.DEFAULTS);

    private void answered(long callId, String tier, long waitMs) {
        kpis.callEnteredQueue(0, callId, "support", tier, 1);
        kpis.callOffered(waitMs, callId, "support", "a1");
        kpis.callAnswered(waitMs, callId, "support", "a1", waitMs);
        kpis.callCompleted(waitMs + 60_000, callId, "support", "a1", 60_000, Party.CALLER);
    }

    private void abandoned(long callId, String tier, long waitMs) {
        kpis.callEnteredQueue(0, callId, "support", tier, 1);
        kpis.callAbandoned(waitMs, callId, "support", waitMs, 1, false);
    }

    @Test
    void shouldCountOfferedAnsweredAndAbandonedOverallAndPerTier() {
        answered(1, "standard", 0);
        answered(2, "standard", 30_000);
        abandoned(3, "standard", 40_000);
        answered(4, "platinum", 1_000);

        KpiSummary summary = kpis.summary();
        assertEquals(4, summary.overall().offered());
        assertEquals(3, summary.overall().answered());
        assertEquals(1, summary.overall().abandoned());
        assertEquals(3, summary.byTier().get("standard").offered());
        assertEquals(1, summary.byTier().get("standard").abandoned());
        assertEquals(1, summary.byTier().get("platinum").answered());
    }

    @Test
    void shouldLeaveShortAbandonsOutOfTheAbandonRate() {
        answered(1, "standard", 10_000);
        answered(2, "standard", 10_000);
        abandoned(3, "standard", 4_999);
        abandoned(4, "standard", 5_000);

        KpiReport report = kpis.summary().overall();
        assertEquals(1, report.shortAbandoned());
        assertEquals(2, report.abandoned());
        assertEquals(1.0 / 3.0, report.abandonRate(), EXACT);
    }

    @Test
    void shouldCountNoAbandonAsShortWhenTheThresholdIsZero() {
        KpiCalculator noShort = new KpiCalculator(new KpiThresholds(0, 20_000));
        noShort.callEnteredQueue(0, 1, "support", "standard", 1);
        noShort.callAbandoned(0, 1, "support", 0, 1, false);

        assertEquals(0, noShort.summary().overall().shortAbandoned());
        assertEquals(1.0, noShort.summary().overall().abandonRate(), EXACT);
    }

    @Test
    void shouldMeasureServiceLevelAmongAnsweredCallsWithTheThresholdIncluded() {
        answered(1, "standard", 20_000);
        answered(2, "standard", 20_001);
        abandoned(3, "standard", 60_000);

        assertEquals(0.5, kpis.summary().overall().serviceLevel(), EXACT);
    }

    @Test
    void shouldAverageAnswerWaitsForAsaAndAllWaitsForTheMeanWait() {
        answered(1, "standard", 10_000);
        answered(2, "standard", 20_000);
        abandoned(3, "standard", 60_000);

        KpiReport report = kpis.summary().overall();
        assertEquals(15.0, report.asaSeconds(), EXACT);
        assertEquals(30.0, report.meanWaitAllSeconds(), EXACT);
    }

    @Test
    void shouldCountAsWaitedOnlyCallsThatWaitedAtAllAmongOfferedCalls() {
        answered(1, "standard", 0);
        answered(2, "standard", 1);
        abandoned(3, "standard", 0);
        kpis.callEnteredQueue(0, 4, "support", "standard", 1);

        KpiReport report = kpis.summary().overall();
        assertEquals(0.25, report.waitedFraction(), EXACT);
        assertEquals(1, report.unfinished());
    }

    @Test
    void shouldCountTimeoutsAndOverflowsApartFromAnswersAndAbandons() {
        kpis.callEnteredQueue(0, 1, "billing", "standard", 1);
        kpis.callExited(30_000, 1, "billing", 30_000, CallState.TIMED_OUT, ExitReason.MAX_WAIT,
                ExitAction.VOICEMAIL, "billing-vm");
        kpis.callEnteredQueue(0, 2, "billing", "standard", 1);
        kpis.callExited(0, 2, "billing", 0, CallState.OVERFLOWED, ExitReason.QUEUE_FULL, ExitAction.HANGUP, "");

        KpiReport report = kpis.summary().overall();
        assertEquals(2, report.offered());
        assertEquals(1, report.timedOut());
        assertEquals(1, report.overflowed());
        assertEquals(0, report.answered() + report.abandoned());
        assertEquals(0, report.unfinished());
    }

    @Test
    void shouldOfferACallMovedToAnotherQueueOnlyOnce() {
        kpis.callEnteredQueue(0, 1, "returns", "gold", 1);
        kpis.callOverflowed(10_000, 1, "returns", "orders", ExitReason.OVERFLOW_STEP);
        kpis.callEnteredQueue(10_000, 1, "orders", "gold", 3);
        kpis.callAnswered(12_000, 1, "orders", "a1", 12_000);

        KpiReport report = kpis.summary().byTier().get("gold");
        assertEquals(1, report.offered());
        assertEquals(12.0, report.asaSeconds(), EXACT);
    }

    @Test
    void shouldLeaveOutCallsThatEnteredBeforeTheCountingStarts() {
        KpiCalculator afterWarmUp = new KpiCalculator(KpiThresholds.DEFAULTS, 1_000);
        afterWarmUp.callEnteredQueue(999, 1, "support", "standard", 1);
        afterWarmUp.callEnteredQueue(1_000, 2, "support", "standard", 2);
        afterWarmUp.callAnswered(5_000, 1, "support", "a1", 4_001);
        afterWarmUp.callOverflowed(6_000, 1, "support", "orders", ExitReason.OVERFLOW_STEP);
        afterWarmUp.callAbandoned(7_000, 2, "support", 6_000, 1, false);

        KpiReport report = afterWarmUp.summary().overall();
        assertEquals(1, report.offered());
        assertEquals(0, report.answered());
        assertEquals(1, report.abandoned());
    }

    @Test
    void shouldReportNotANumberForRatiosOfNoCalls() {
        KpiReport report = kpis.summary().overall();
        assertTrue(Double.isNaN(report.abandonRate()));
        assertTrue(Double.isNaN(report.asaSeconds()));
        assertTrue(Double.isNaN(report.serviceLevel()));
        assertTrue(kpis.summary().byTier().isEmpty());
    }
}
