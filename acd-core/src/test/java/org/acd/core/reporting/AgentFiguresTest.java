package org.acd.core.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.acd.core.api.AgentState;
import org.acd.core.api.Party;
import org.junit.jupiter.api.Test;

final class AgentFiguresTest {

    private static final double EXACT = 1e-12;

    @Test
    void shouldComputeAhtAcwAndOccupancyFromTheAgentsStates() {
        KpiCalculator kpis = new KpiCalculator(KpiThresholds.DEFAULTS);
        kpis.agentStateChanged(0, "a1", AgentState.READY, "");
        kpis.callEnteredQueue(10_000, 1, "sales", "standard", 1);
        kpis.agentStateChanged(10_000, "a1", AgentState.RESERVED, "");
        kpis.callAnswered(12_000, 1, "sales", "a1", 2_000);
        kpis.agentStateChanged(12_000, "a1", AgentState.ON_CALL, "");
        kpis.callCompleted(72_000, 1, "sales", "a1", 60_000, Party.CALLER);
        kpis.agentStateChanged(72_000, "a1", AgentState.WRAP_UP, "");
        kpis.agentStateChanged(82_000, "a1", AgentState.READY, "");
        kpis.agentStateChanged(102_000, "a1", AgentState.NOT_READY, "lunch");

        AgentReport a1 = kpis.summary().byAgent().get("a1");
        assertEquals(1, a1.answered());
        assertEquals(60_000, a1.onCallMs());
        assertEquals(30_000, a1.readyIdleMs());
        assertEquals(10_000, a1.wrapUpMs());
        assertEquals(70.0, a1.ahtSeconds(), EXACT);
        assertEquals(10.0, a1.acwSeconds(), EXACT);
        assertEquals(60.0 / 90.0, a1.occupancy(), EXACT);
    }

    @Test
    void shouldCountRingNoAnswersPerAgent() {
        KpiCalculator kpis = new KpiCalculator(KpiThresholds.DEFAULTS);
        kpis.callEnteredQueue(0, 1, "sales", "standard", 1);
        kpis.ringNoAnswer(15_000, 1, "sales", "a1", 15_000);
        kpis.ringNoAnswer(30_000, 1, "sales", "a2", 15_000);
        kpis.ringNoAnswer(60_000, 2, "sales", "a1", 15_000);

        assertEquals(2, kpis.summary().byAgent().get("a1").ringNoAnswers());
        assertEquals(1, kpis.summary().byAgent().get("a2").ringNoAnswers());
    }

    @Test
    void shouldCountAnOpenStateUpToTheLastOutcome() {
        KpiCalculator kpis = new KpiCalculator(KpiThresholds.DEFAULTS);
        kpis.agentStateChanged(0, "a1", AgentState.READY, "");
        kpis.agentStateChanged(5_000, "a2", AgentState.READY, "");

        assertEquals(5_000, kpis.summary().byAgent().get("a1").readyIdleMs());
        assertEquals(0, kpis.summary().byAgent().get("a2").readyIdleMs());
    }

    @Test
    void shouldLeaveAgentTimeBeforeTheCountingStartsOut() {
        KpiCalculator kpis = new KpiCalculator(KpiThresholds.DEFAULTS, 10_000);
        kpis.agentStateChanged(0, "a1", AgentState.READY, "");
        kpis.agentStateChanged(4_000, "a1", AgentState.ON_CALL, "");
        kpis.callAnswered(4_000, 1, "sales", "a1", 1_000);
        kpis.agentStateChanged(16_000, "a1", AgentState.READY, "");
        kpis.agentStateChanged(18_000, "a1", AgentState.LOGGED_OUT, "");

        AgentReport a1 = kpis.summary().byAgent().get("a1");
        assertEquals(0, a1.answered());
        assertEquals(6_000, a1.onCallMs());
        assertEquals(2_000, a1.readyIdleMs());
    }
}
