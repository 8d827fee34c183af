package org.acd.core.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Set;
import org.acd.core.api.AgentState;
import org.acd.core.api.Party;
import org.junit.jupiter.api.Test;

final class ReportScopeTest {

    private static final long HOUR = 3_600_000;

    private static KpiCalculator calculator(ReportScope scope) {
        return new KpiCalculator(KpiThresholds.DEFAULTS, scope, ReportInterval.MINUTES_60);
    }

    private static void answered(KpiCalculator kpis, long callId, String queue, String tier, long enteredMs,
                                 long waitMs) {
        kpis.callEnteredQueue(enteredMs, callId, queue, tier, 1);
        kpis.callAnswered(enteredMs + waitMs, callId, queue, "a1", waitMs);
    }

    @Test
    void shouldCountOnlyCallsThatEnteredWithinTheWindowAndFollowThemToTheirEnd() {
        KpiCalculator kpis = calculator(new ReportScope(HOUR, 2 * HOUR, null, null));
        answered(kpis, 1, "sales", "standard", HOUR - 1, 10_000);
        answered(kpis, 2, "sales", "standard", HOUR, 10_000);
        answered(kpis, 3, "sales", "standard", 2 * HOUR - 1_000, 30_000);
        answered(kpis, 4, "sales", "standard", 2 * HOUR, 1_000);

        KpiReport report = kpis.summary().overall();
        assertEquals(2, report.offered());
        assertEquals(2, report.answered(), "call 3 is answered after the window closes and still counts");
    }

    @Test
    void shouldCountOnlyTheQueueAndTierAsked() {
        KpiCalculator kpis = calculator(new ReportScope(Long.MIN_VALUE, Long.MAX_VALUE, "sales", "gold"));
        answered(kpis, 1, "sales", "gold", 0, 1_000);
        answered(kpis, 2, "sales", "standard", 0, 1_000);
        answered(kpis, 3, "billing", "gold", 0, 1_000);

        KpiSummary summary = kpis.summary();
        assertEquals(1, summary.overall().offered());
        assertEquals(Set.of("sales"), summary.byQueue().keySet());
        assertEquals(Set.of("gold"), summary.byTier().keySet());
    }

    @Test
    void shouldCountAgentTimeAndCallsInsideTheWindowOnly() {
        KpiCalculator kpis = calculator(new ReportScope(10_000, 70_000, "sales", null));
        kpis.agentStateChanged(0, "a1", AgentState.READY, "");
        kpis.callEnteredQueue(20_000, 1, "sales", "standard", 1);
        kpis.callAnswered(20_000, 1, "sales", "a1", 0);
        kpis.agentStateChanged(20_000, "a1", AgentState.ON_CALL, "");
        kpis.callEnteredQueue(25_000, 2, "billing", "standard", 1);
        kpis.ringNoAnswer(30_000, 2, "billing", "a1", 5_000);
        kpis.callCompleted(100_000, 1, "sales", "a1", 80_000, Party.CALLER);
        kpis.agentStateChanged(100_000, "a1", AgentState.READY, "");

        AgentReport a1 = kpis.summary().byAgent().get("a1");
        assertEquals(10_000, a1.readyIdleMs(), "ready from the window's start to the answer");
        assertEquals(50_000, a1.onCallMs(), "on call until the window's end");
        assertEquals(1, a1.answered());
        assertEquals(0, a1.completed(), "completed after the window");
        assertEquals(0, a1.ringNoAnswers(), "the ring-out was in another queue");
    }

    @Test
    void shouldRefuseAnEndBeforeTheStart() {
        assertThrows(IllegalArgumentException.class, () -> new ReportScope(HOUR, HOUR, null, null));
    }

    @Test
    void shouldTakeOneHourWrittenEitherWay() {
        assertEquals(ReportInterval.MINUTES_60, ReportInterval.ofLabel("1h"));
        assertEquals(ReportInterval.MINUTES_60, ReportInterval.ofLabel("60m"));
    }
}
