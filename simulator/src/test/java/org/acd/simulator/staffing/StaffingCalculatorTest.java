package org.acd.simulator.staffing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.acd.simulator.theory.ErlangA;
import org.junit.jupiter.api.Test;

final class StaffingCalculatorTest {

    private static final StaffingTarget EIGHTY_IN_TWENTY = StaffingTarget.serviceLevel(0.8, 20);

    /** Erlang C from its definition, sums of a^k / k!, independent of the Erlang B recursion in the code. */
    private static double erlangCServiceLevel(int agents, double erlangs, double handleSeconds, double thresholdSeconds) {
        double term = 1;
        double belowAgents = 0;
        for (int k = 0; k < agents; k++) {
            belowAgents += term;
            term *= erlangs / (k + 1);
        }
        double allBusy = term * agents / (agents - erlangs);
        double pWait = allBusy / (belowAgents + allBusy);
        return 1 - pWait * Math.exp(-(agents - erlangs) * thresholdSeconds / handleSeconds);
    }

    @Test
    void shouldStaffTheTextbookHundredCallsPerHalfHourAtThreeMinutesWithFourteenAgentsForEightyInTwenty() {
        Workload workload = Workload.perInterval(100, 1800, 180, Workload.NO_ABANDONS);

        StaffingFigures figures = StaffingCalculator.staff(workload, EIGHTY_IN_TWENTY);

        assertEquals(14, figures.agents());
        assertEquals(0.1741, figures.probabilityOfWaiting(), 1e-4);
        assertEquals(0.8884, figures.serviceLevel(), 1e-4);
        assertEquals(7.84, figures.asaSeconds(), 0.01);
        assertEquals(10.0 / 14.0, figures.occupancy(), 1e-12);
        assertEquals(0.0, figures.abandonRate());
        assertEquals(erlangCServiceLevel(14, 10.0, 180, 20), figures.serviceLevel(), 1e-12);
        assertTrue(erlangCServiceLevel(13, 10.0, 180, 20) < 0.8, "13 agents would do");
    }

    @Test
    void shouldAgreeWithTheDefinitionOfErlangCOverATableOfLoads() {
        for (int calls = 20; calls <= 600; calls += 20) {
            Workload workload = Workload.perInterval(calls, 1800, 240, Workload.NO_ABANDONS);
            int agents = StaffingCalculator.staff(workload, EIGHTY_IN_TWENTY).agents();

            assertTrue(erlangCServiceLevel(agents, workload.erlangs(), 240, 20) >= 0.8, "calls " + calls);
            assertTrue(agents - 1 <= workload.erlangs()
                    || erlangCServiceLevel(agents - 1, workload.erlangs(), 240, 20) < 0.8, "calls " + calls);
        }
    }

    @Test
    void shouldNeverStaffFewerAgentsForMoreCalls() {
        StaffingTarget both = EIGHTY_IN_TWENTY.andMaxAbandonRate(0.03);
        for (double patience : new double[] {Workload.NO_ABANDONS, 30, 180}) {
            int previous = 0;
            for (int calls = 1; calls <= 1500; calls += 11) {
                int agents = StaffingCalculator.staff(Workload.perInterval(calls, 1800, 200, patience), both).agents();

                assertTrue(agents >= previous, "patience " + patience + ", calls " + calls);
                previous = agents;
            }
        }
    }

    @Test
    void shouldStaffForTheAbandonRateAloneWithTheFewestAgentsThatKeepItUnderTheMaximum() {
        Workload workload = new Workload(0.1, 300, 60);

        StaffingFigures figures = StaffingCalculator.staff(workload, StaffingTarget.maxAbandonRate(0.05));

        double fewer = new ErlangA(figures.agents() - 1, 0.1, 1.0 / 300, 1.0 / 60).probabilityOfAbandoning();
        double atN = new ErlangA(figures.agents(), 0.1, 1.0 / 300, 1.0 / 60).probabilityOfAbandoning();
        assertEquals(atN, figures.abandonRate(), 1e-15);
        assertTrue(atN <= 0.05, "abandon rate " + atN);
        assertTrue(fewer > 0.05, "one agent fewer: " + fewer);
        assertTrue(Double.isNaN(figures.serviceLevel()));
    }

    @Test
    void shouldMeetBothTargetsWithTheLargerOfTheirStaffings() {
        Workload workload = new Workload(0.1, 300, 60);
        int forServiceLevel = StaffingCalculator.staff(workload, EIGHTY_IN_TWENTY).agents();
        int forAbandons = StaffingCalculator.staff(workload, StaffingTarget.maxAbandonRate(0.01)).agents();

        StaffingFigures both = StaffingCalculator.staff(workload, EIGHTY_IN_TWENTY.andMaxAbandonRate(0.01));

        assertEquals(Math.max(forServiceLevel, forAbandons), both.agents());
        assertFalse(forServiceLevel == forAbandons, "pick a workload where the targets differ");
    }

    @Test
    void shouldNeedNoMoreAgentsWhenCallersHangUpThanWhenTheyWaitForever() {
        for (int calls = 50; calls <= 500; calls += 50) {
            int erlangC = StaffingCalculator.staff(Workload.perInterval(calls, 1800, 180, Workload.NO_ABANDONS),
                    EIGHTY_IN_TWENTY).agents();
            int erlangA = StaffingCalculator.staff(Workload.perInterval(calls, 1800, 180, 120), EIGHTY_IN_TWENTY)
                    .agents();

            assertTrue(erlangA <= erlangC, "calls " + calls);
        }
    }

    @Test
    void shouldRefuseTargetsThatNoStaffingMeets() {
        assertThrows(IllegalArgumentException.class, () -> StaffingTarget.serviceLevel(1.0, 20));
        assertThrows(IllegalArgumentException.class, () -> StaffingTarget.maxAbandonRate(0.0));
        assertThrows(IllegalArgumentException.class, () -> new StaffingTarget(Double.NaN, 20, Double.NaN));
    }
}
