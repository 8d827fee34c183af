package org.acd.simulator.theory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

final class ErlangFormulasTest {

    @Test
    void shouldGiveTheTextbookErlangCForTwoAgentsAtOneErlang() {
        ErlangC queue = new ErlangC(2, 1.0, 1.0);

        assertEquals(0.2, queue.erlangB(), 1e-15);
        assertEquals(1.0 / 3.0, queue.probabilityOfWaiting(), 1e-15);
        assertEquals(1.0 / 3.0, queue.meanWait(), 1e-15);
    }

    @Test
    void shouldMatchErlangCWhenNobodyAbandons() {
        for (int agents : new int[] {1, 5, 20, 50, 300}) {
            double lambda = agents * 0.93;
            ErlangC c = new ErlangC(agents, lambda, 1.0);
            ErlangA a = new ErlangA(agents, lambda, 1.0, 0.0);

            assertEquals(c.probabilityOfWaiting(), a.probabilityOfWaiting(), 1e-12, "n=" + agents);
            assertEquals(c.meanWait(), a.meanWait(), 1e-10, "n=" + agents);
            assertEquals(0.0, a.probabilityOfAbandoning(), 0.0);
        }
    }

    /** With patience as long as a service, M/M/n+M is M/M/infinity: the number in system is Poisson. */
    @Test
    void shouldMatchThePoissonLawWhenPatienceEqualsTheHandleTime() {
        int agents = 10;
        double load = 12.0;
        ErlangA queue = new ErlangA(agents, load, 1.0, 1.0);

        double poisson = Math.exp(-load);
        double belowAgents = 0;
        double meanQueued = load - agents;
        for (int k = 0; k < agents; k++) {
            belowAgents += poisson;
            meanQueued += (agents - k) * poisson;
            poisson *= load / (k + 1);
        }
        assertEquals(1 - belowAgents, queue.probabilityOfWaiting(), 1e-12);
        assertEquals(meanQueued / load, queue.meanWait(), 1e-12);
        assertEquals(meanQueued / load, queue.probabilityOfAbandoning(), 1e-12);
    }

    @Test
    void shouldStayFiniteForLargeCentersAndOverload() {
        ErlangA large = new ErlangA(2_000, 2_400.0, 1.0, 0.05);

        assertEquals(1.0, large.probabilityOfWaiting(), 1e-6);
        assertEquals(1.0 / 6.0, large.probabilityOfAbandoning(), 1e-3);
    }

    @Test
    void shouldRefuseErlangCAtOrAboveFullLoad() {
        assertThrows(IllegalArgumentException.class, () -> new ErlangC(5, 5.0, 1.0));
        assertThrows(IllegalArgumentException.class, () -> new ErlangA(5, 5.0, 1.0, 0.0));
    }
}
