package org.acd.simulator.staffing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.acd.core.reporting.KpiReport;
import org.acd.simulator.scenario.Scenario;
import org.acd.simulator.scenario.ScenarioLoader;
import org.acd.simulator.theory.ReplicationEstimate;
import org.acd.simulator.virtual.Simulator;
import org.junit.jupiter.api.Test;

/**
 * The calculator's answer on the real engine in virtual time: 360 calls an hour, exponential handle
 * times of 1 minute and patience of 2 minutes, target 80% of answered calls within 20 s. Erlang A
 * asks for 7 agents (83.9%); 6 would give 69.8%. The simulated service level, a 99% confidence
 * interval from 10 replications of 4,000 calls after a one-hour warm-up, must reach the target with
 * the calculator's staffing, contain the predicted level, and stay below the target with one agent
 * fewer.
 */
final class StaffingSimulationCheckTest {

    private static final double CALLS_PER_HOUR = 360;
    private static final double HANDLE_SECONDS = 60;
    private static final double PATIENCE_SECONDS = 120;
    private static final StaffingTarget TARGET = StaffingTarget.serviceLevel(0.8, 20);

    private static Scenario staffedWith(int agents) {
        return ScenarioLoader.parse(String.format(Locale.ROOT, """
                calls: 4000
                warmup: 1h
                arrivals:
                  - {from: 0h, per_hour: %s}
                call_types:
                  - {name: all, share: 1, queue: support, tier: standard}
                patience: {dist: exponential, mean: %ss}
                handle_time: {dist: exponential, mean: %ss}
                agents:
                  - {count: %d, skills: {support: 5}}
                ring_time: 0s
                wrap_up: 0s
                kpi: {short_abandon: 0s, service_level: 20s}
                """, CALLS_PER_HOUR, PATIENCE_SECONDS, HANDLE_SECONDS, agents), "staffing check");
    }

    private static ReplicationEstimate simulatedServiceLevel(int agents) {
        double[] levels = new double[ReplicationEstimate.REPLICATIONS];
        for (int r = 0; r < levels.length; r++) {
            KpiReport kpis = Simulator.run(staffedWith(agents).withSeed(r + 1)).kpis().overall();
            assertEquals(0, kpis.unfinished());
            levels[r] = kpis.serviceLevel();
        }
        return ReplicationEstimate.of(levels);
    }

    @Test
    void shouldReachTheTargetInSimulationWithTheCalculatedAgentsAndMissItWithOneFewer() {
        Workload workload = new Workload(CALLS_PER_HOUR / 3600, HANDLE_SECONDS, PATIENCE_SECONDS);
        StaffingFigures staffed = StaffingCalculator.staff(workload, TARGET);
        assertEquals(7, staffed.agents());

        ReplicationEstimate enough = simulatedServiceLevel(staffed.agents());
        ReplicationEstimate oneFewer = simulatedServiceLevel(staffed.agents() - 1);

        assertTrue(enough.mean() + enough.halfWidth() >= TARGET.serviceLevel(), () -> "staffed: " + enough);
        assertTrue(enough.contains(staffed.serviceLevel()), () -> "predicted " + staffed.serviceLevel() + ", simulated "
                + enough);
        assertTrue(oneFewer.mean() + oneFewer.halfWidth() < TARGET.serviceLevel(), () -> "one fewer: " + oneFewer);
    }
}
