package org.acd.core.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.acd.core.api.CallState;
import org.acd.core.api.ExitAction;
import org.acd.core.api.ExitReason;
import org.junit.jupiter.api.Test;

final class KpiBreakdownTest {

    private static final double EXACT = 1e-12;
    private static final long MINUTE = 60_000;

    private final KpiCalculator kpis = new KpiCalculator(KpiThresholds.DEFAULTS, Long.MIN_VALUE,
            ReportInterval.MINUTES_15);

    private void answered(long callId, String queue, String tier, long enteredMs, long waitMs) {
        kpis.callEnteredQueue(enteredMs, callId, queue, tier, 1);
        kpis.callAnswered(enteredMs + waitMs, callId, queue, "a1", waitMs);
    }

    private void abandoned(long callId, String queue, long enteredMs, long waitMs) {
        kpis.callEnteredQueue(enteredMs, callId, queue, "standard", 1);
        kpis.callAbandoned(enteredMs + waitMs, callId, queue, waitMs, 2, false);
    }

    @Test
    void shouldCountEachCallInTheQueueItFirstEntered() {
        answered(1, "sales", "standard", 0, 1_000);
        kpis.callEnteredQueue(0, 2, "returns", "gold", 1);
        kpis.callOverflowed(30_000, 2, "returns", "sales", ExitReason.OVERFLOW_STEP);
        kpis.callEnteredQueue(30_000, 2, "sales", "gold", 2);
        kpis.callAnswered(40_000, 2, "sales", "a2", 40_000);

        KpiSummary summary = kpis.summary();
        assertEquals(1, summary.byQueue().get("sales").offered());
        assertEquals(1, summary.byQueue().get("returns").offered());
        assertEquals(1, summary.byQueue().get("returns").answered());
        assertEquals(List.of("returns", "sales"), List.copyOf(summary.byQueue().keySet()));
    }

    @Test
    void shouldGroupCallsByTheIntervalTheyEnteredTheQueueIn() {
        answered(1, "sales", "standard", 0, 20 * MINUTE);
        answered(2, "sales", "standard", 14 * MINUTE + 59_999, 1_000);
        abandoned(3, "sales", 15 * MINUTE, 10_000);
        abandoned(4, "sales", 61 * MINUTE, 10_000);

        KpiSummary summary = kpis.summary();
        assertEquals(List.of(0L, 15 * MINUTE, 60 * MINUTE), List.copyOf(summary.byInterval().keySet()));
        assertEquals(2, summary.byInterval().get(0L).answered());
        assertEquals(1, summary.byInterval().get(15 * MINUTE).abandoned());
        assertEquals(1, summary.byInterval().get(60 * MINUTE).offered());
    }

    @Test
    void shouldAlignDaysOnMidnightUtc() {
        long dayMs = 24 * 60 * MINUTE;
        assertEquals(19_000 * dayMs, ReportInterval.DAY.startOf(19_000 * dayMs + 23 * 60 * MINUTE));
        assertEquals(30 * MINUTE, ReportInterval.MINUTES_30.startOf(59 * MINUTE));
        assertEquals(ReportInterval.MINUTES_60, ReportInterval.ofLabel("60m"));
    }

    @Test
    void shouldComputeTheThreeServiceLevelsLeavingShortAbandonsOut() {
        answered(1, "sales", "standard", 0, 10_000);
        answered(2, "sales", "standard", 0, 30_000);
        abandoned(3, "sales", 0, 2_000);
        abandoned(4, "sales", 0, 15_000);
        abandoned(5, "sales", 0, 50_000);
        kpis.callEnteredQueue(0, 6, "sales", "standard", 1);
        kpis.callExited(5_000, 6, "sales", 5_000, CallState.OVERFLOWED, ExitReason.NO_AGENTS, ExitAction.VOICEMAIL,
                "vm");
        kpis.callEnteredQueue(0, 7, "sales", "standard", 1);

        KpiReport report = kpis.summary().overall();
        // SL: 1 of 2 answered within 20 s.
        assertEquals(0.5, report.serviceLevel(), EXACT);
        // SL2: answered 1 + abandoned 1 (call 4) within 20 s, of 2 answered + 2 abandoned not short.
        assertEquals(2.0 / 4.0, report.serviceLevel2(), EXACT);
        // Removed within 20 s: calls 1, 4, 6, of 7 offered less 1 short abandon.
        assertEquals(3.0 / 6.0, report.removedWithinServiceLevel(), EXACT);
    }

    @Test
    void shouldAverageTheTimeToAbandonAndKeepTheLongestWait() {
        answered(1, "sales", "standard", 0, 70_000);
        abandoned(2, "sales", 0, 4_000);
        abandoned(3, "sales", 0, 20_000);
        kpis.callEnteredQueue(0, 4, "sales", "standard", 1);
        kpis.callExited(90_000, 4, "sales", 90_000, CallState.TIMED_OUT, ExitReason.MAX_WAIT, ExitAction.HANGUP, "");

        KpiReport report = kpis.summary().overall();
        assertEquals(12.0, report.averageTimeToAbandonSeconds(), EXACT);
        assertEquals(90_000, report.longestWaitMs());
        assertEquals(1, report.timedOut());
        assertEquals(0, report.overflowed());
    }

    @Test
    void shouldCountTimeoutsApartFromOverflowsPerQueue() {
        kpis.callEnteredQueue(0, 1, "billing", "standard", 1);
        kpis.callExited(30_000, 1, "billing", 30_000, CallState.TIMED_OUT, ExitReason.MAX_WAIT, ExitAction.HANGUP, "");
        kpis.callEnteredQueue(0, 2, "billing", "standard", 1);
        kpis.callExited(0, 2, "billing", 0, CallState.OVERFLOWED, ExitReason.QUEUE_FULL, ExitAction.TRANSFER, "x");
        kpis.callEnteredQueue(0, 3, "billing", "standard", 1);
        kpis.callExited(0, 3, "billing", 0, CallState.OVERFLOWED, ExitReason.NO_AGENTS, ExitAction.HANGUP, "");

        KpiReport billing = kpis.summary().byQueue().get("billing");
        assertEquals(1, billing.timedOut());
        assertEquals(2, billing.overflowed());
        assertEquals(0, billing.unfinished());
    }

    @Test
    void shouldReportNoBreakdownsBeforeAnyCall() {
        KpiSummary summary = kpis.summary();
        assertTrue(summary.byQueue().isEmpty());
        assertTrue(summary.byInterval().isEmpty());
        assertTrue(summary.byAgent().isEmpty());
        assertTrue(Double.isNaN(summary.overall().serviceLevel2()));
        assertTrue(Double.isNaN(summary.overall().removedWithinServiceLevel()));
    }
}
