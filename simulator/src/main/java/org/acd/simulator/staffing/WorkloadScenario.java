package org.acd.simulator.staffing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.acd.core.model.AgentConfig;
import org.acd.core.model.QueueConfig;
import org.acd.core.model.RoutingConfig;
import org.acd.core.model.TierConfig;
import org.acd.core.reporting.KpiThresholds;
import org.acd.simulator.scenario.AgentShift;
import org.acd.simulator.scenario.ArrivalPeriod;
import org.acd.simulator.scenario.CallType;
import org.acd.simulator.scenario.Distribution;
import org.acd.simulator.scenario.Scenario;

/**
 * The scenario that puts a {@link Workload} on the real engine the way Erlang A models it: one
 * queue served first come first served by identical agents, Poisson arrivals, exponential handle
 * times and (unless the workload has none) exponential patience, no ring time, no wrap-up, no short
 * abandons. Used by {@link StaffingVerifier}; stateless.
 */
final class WorkloadScenario {

    private static final String QUEUE = "workload";
    private static final String TIER = "standard";
    /** Warm-up from an empty center, in mean handle times (or patiences, if longer): calls before it are not counted. */
    private static final int WARMUP_MEAN_TIMES = 20;

    private WorkloadScenario() {
    }

    /** {@code calls} counted calls (after the warm-up) with {@code agents} agents; SL counted at {@code thresholdSeconds}. */
    static Scenario of(Workload workload, int agents, double thresholdSeconds, long calls, long seed) {
        List<AgentConfig> agentConfigs = new ArrayList<>(agents);
        List<AgentShift> shifts = new ArrayList<>(agents);
        for (int i = 1; i <= agents; i++) {
            String id = "agent" + i;
            agentConfigs.add(AgentConfig.of(id, Map.of(QUEUE, 1)));
            shifts.add(new AgentShift(id, 0, ArrivalPeriod.OPEN_ENDED));
        }
        RoutingConfig routing = new RoutingConfig(List.of(QUEUE), List.of(TierConfig.of(TIER, 0)),
                List.of(QueueConfig.builder(QUEUE).skill(QUEUE, 1).build()), agentConfigs);
        double handleMs = workload.handleSeconds() * 1000;
        Distribution patience = workload.abandons() ? new Distribution.Exponential(workload.patienceSeconds() * 1000)
                : new Distribution.Never();
        double slowestMeanMs = workload.abandons() ? Math.max(handleMs, workload.patienceSeconds() * 1000) : handleMs;
        long warmupMs = Math.round(WARMUP_MEAN_TIMES * slowestMeanMs);
        KpiThresholds kpi = new KpiThresholds(0, Math.round(thresholdSeconds * 1000));
        return new Scenario(seed, 0, calls, warmupMs,
                List.of(new ArrivalPeriod(0, ArrivalPeriod.OPEN_ENDED, workload.callsPerSecond() * 3600)),
                List.of(new CallType(QUEUE, 1, QUEUE, TIER)), patience, new Distribution.Exponential(handleMs),
                shifts, 0, 0, kpi, routing);
    }
}
