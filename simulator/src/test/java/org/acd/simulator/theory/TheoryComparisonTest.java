package org.acd.simulator.theory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.acd.core.reporting.KpiReport;
import org.acd.simulator.scenario.Scenario;
import org.acd.simulator.scenario.ScenarioLoader;
import org.acd.simulator.virtual.SimulationResult;
import org.acd.simulator.virtual.Simulator;
import org.junit.jupiter.api.Test;

/**
 * The real engine, simulated in virtual time, against queueing theory: one queue, first come first
 * served, Poisson arrivals, exponential handle times of mean 1 minute, no ring time, no wrap-up.
 * Without patience the probability of waiting and the mean wait must match Erlang C; with
 * exponential patience, the probability of waiting, of abandoning and the mean wait must match
 * Erlang A. "Match" means the theoretical value lies in the 99% confidence interval of 10
 * independent replications, each of 20,000 calls after a 5-hour warm-up from an empty center.
 */
final class TheoryComparisonTest {

    private static final int CALLS_PER_REPLICATION = 20_000;

    private static Scenario oneQueue(int agents, double callsPerMinute, String patience) {
        return ScenarioLoader.parse(String.format(Locale.ROOT, """
                calls: %d
                warmup: 5h
                arrivals:
                  - {from: 0h, per_hour: %s}
                call_types:
                  - {name: all, share: 1, queue: support, tier: standard}
                patience: %s
                handle_time: {dist: exponential, mean: 60s}
                agents:
                  - {count: %d, skills: {support: 5}}
                ring_time: 0s
                wrap_up: 0s
                kpi: {short_abandon: 0s, service_level: 20s}
                """, CALLS_PER_REPLICATION, callsPerMinute * 60, patience, agents), "theory scenario");
    }

    /** Per replication: probability of waiting, probability of abandoning, mean wait in minutes. */
    private static ReplicationEstimate[] simulate(Scenario scenario) {
        double[] waited = new double[ReplicationEstimate.REPLICATIONS];
        double[] abandoned = new double[ReplicationEstimate.REPLICATIONS];
        double[] meanWait = new double[ReplicationEstimate.REPLICATIONS];
        for (int r = 0; r < ReplicationEstimate.REPLICATIONS; r++) {
            SimulationResult result = Simulator.run(scenario.withSeed(r + 1));
            KpiReport kpis = result.kpis().overall();
            assertEquals(CALLS_PER_REPLICATION, kpis.offered());
            assertEquals(0, kpis.unfinished());
            waited[r] = kpis.waitedFraction();
            abandoned[r] = kpis.abandonRate();
            meanWait[r] = kpis.meanWaitAllSeconds() / 60.0;
        }
        return new ReplicationEstimate[] {ReplicationEstimate.of(waited), ReplicationEstimate.of(abandoned),
            ReplicationEstimate.of(meanWait)};
    }

    private static void assertWithin(String what, double theory, ReplicationEstimate simulated) {
        assertTrue(simulated.contains(theory), () -> what + ": theory " + theory + " outside simulated " + simulated);
    }

    private static void assertErlangC(int agents, double callsPerMinute) {
        ReplicationEstimate[] simulated = simulate(oneQueue(agents, callsPerMinute, "{dist: none}"));
        ErlangC theory = new ErlangC(agents, callsPerMinute, 1.0);

        assertWithin("P(wait)", theory.probabilityOfWaiting(), simulated[0]);
        assertEquals(0.0, simulated[1].mean());
        assertWithin("mean wait", theory.meanWait(), simulated[2]);
    }

    private static void assertErlangA(int agents, double callsPerMinute, double patienceMinutes) {
        ReplicationEstimate[] simulated = simulate(oneQueue(agents, callsPerMinute,
                String.format(Locale.ROOT, "{dist: exponential, mean: %ss}", patienceMinutes * 60)));
        ErlangA theory = new ErlangA(agents, callsPerMinute, 1.0, 1.0 / patienceMinutes);

        assertWithin("P(wait)", theory.probabilityOfWaiting(), simulated[0]);
        assertWithin("P(abandon)", theory.probabilityOfAbandoning(), simulated[1]);
        assertWithin("mean wait", theory.meanWait(), simulated[2]);
    }

    @Test
    void shouldMatchErlangCForFiveAgentsAtFourErlangs() {
        assertErlangC(5, 4.0);
    }

    @Test
    void shouldMatchErlangCForTwentyAgentsAtEighteenAndAHalfErlangs() {
        assertErlangC(20, 18.5);
    }

    @Test
    void shouldMatchErlangAForFiftyAgentsAtNinetyFivePercentLoadWithTwoMinutesPatience() {
        assertErlangA(50, 47.5, 2.0);
    }

    @Test
    void shouldMatchErlangAForFiveAgentsOverloadedWithOneMinutePatience() {
        assertErlangA(5, 6.0, 1.0);
    }

    @Test
    void shouldMatchErlangAForTwentyAgentsAtEighteenAndAHalfErlangsWithFiveMinutesPatience() {
        assertErlangA(20, 18.5, 5.0);
    }
}
