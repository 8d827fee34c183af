package org.acd.simulator.theory;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

final class AnsweredWaitTest {

    @Test
    void shouldMatchTheErlangCClosedFormWhenNobodyAbandons() {
        for (int agents : new int[] {1, 5, 14, 50, 300}) {
            double lambda = agents * 0.9;
            ErlangC closedForm = new ErlangC(agents, lambda, 1.0);
            AnsweredWait answered = AnsweredWait.of(new ErlangA(agents, lambda, 1.0, 0.0));

            for (double threshold : new double[] {0.0, 0.05, 0.3, 2.0}) {
                assertEquals(closedForm.serviceLevel(threshold), answered.serviceLevel(threshold), 1e-10,
                        "n=" + agents + " t=" + threshold);
            }
            assertEquals(closedForm.meanWait(), answered.meanWait(), 1e-9, "n=" + agents);
            assertEquals(1.0, answered.probabilityAnswered(), 1e-12);
        }
    }

    /**
     * With patience as long as a service the number in system is Poisson(load), and a caller answered
     * after finding {@code j} queued waited {@code -ln(B)}, {@code B ~ Beta(n + 1, j + 1)}, so
     * {@code P(wait <= t) = P(Binomial(n + 1 + j, e^-t) <= n)}: computed here from those laws alone.
     */
    @Test
    void shouldMatchTheBetaLawOfAnsweredWaitsWhenPatienceEqualsTheHandleTime() {
        int agents = 10;
        double load = 12.0;
        ErlangA queue = new ErlangA(agents, load, 1.0, 1.0);
        AnsweredWait answered = AnsweredWait.of(queue);

        for (double threshold : new double[] {0.0, 0.02, 0.1, 0.5}) {
            double x = Math.exp(-threshold);
            double poisson = Math.exp(-load);
            double answeredWithin = 0;
            double answeredTotal = 0;
            double waitSum = 0;
            for (int k = 0; k < 200; k++) {
                if (k < agents) {
                    answeredWithin += poisson;
                    answeredTotal += poisson;
                } else {
                    int j = k - agents;
                    double reachesAnswer = agents / (double) (agents + j + 1);
                    answeredTotal += poisson * reachesAnswer;
                    answeredWithin += poisson * reachesAnswer * binomialAtMost(agents + 1 + j, x, agents);
                    waitSum += poisson * reachesAnswer * harmonic(agents + 1, agents + 1 + j);
                }
                poisson *= load / (k + 1);
            }
            assertEquals(answeredWithin / answeredTotal, answered.serviceLevel(threshold), 1e-10, "t=" + threshold);
            assertEquals(waitSum / answeredTotal, answered.meanWait(), 1e-10);
            assertEquals(1.0 - queue.probabilityOfAbandoning(), answered.probabilityAnswered(), 1e-12);
        }
    }

    @Test
    void shouldRaiseTheServiceLevelWithTheThresholdAndReachOne() {
        AnsweredWait answered = AnsweredWait.of(new ErlangA(20, 22.0, 1.0, 0.5));

        double previous = answered.serviceLevel(0.0);
        for (double threshold = 0.1; threshold <= 3.0; threshold += 0.1) {
            double level = answered.serviceLevel(threshold);
            assertEquals(true, level >= previous, "t=" + threshold);
            previous = level;
        }
        assertEquals(1.0, answered.serviceLevel(200.0), 1e-9);
    }

    private static double binomialAtMost(int trials, double p, int most) {
        double sum = 0;
        double choose = 1;
        for (int k = 0; k <= most; k++) {
            sum += choose * Math.pow(p, k) * Math.pow(1 - p, trials - k);
            choose = choose * (trials - k) / (k + 1);
        }
        return sum;
    }

    private static double harmonic(int from, int to) {
        double sum = 0;
        for (int k = from; k <= to; k++) {
            sum += 1.0 / k;
        }
        return sum;
    }
}
