package org.acd.simulator.scenario;

import java.util.List;
import org.acd.core.model.RoutingConfig;
import org.acd.core.reporting.KpiThresholds;

/**
 * A simulation to run: traffic, callers' patience, agents' handling and shifts, and the routing
 * configuration of the real engine. Times are milliseconds from the start of the simulated day.
 * Immutable; read from YAML by {@link ScenarioLoader}.
 *
 * @param durationMs calls arrive until then; 0 when {@code calls} bounds the run instead
 * @param calls calls placed after the warm-up; 0 when {@code durationMs} bounds the run instead
 * @param warmupMs calls that arrive before then are simulated but not reported
 * @param ringTimeMs how long an agent's phone rings before the agent answers
 * @param noAnswerProbability chance that an agent lets the phone ring out (the engine's RONA follows)
 */
public record Scenario(long seed, long durationMs, long calls, long warmupMs, List<ArrivalPeriod> arrivals,
                       List<CallType> callTypes, Distribution patience, Distribution handleTime,
                       List<AgentShift> agents, long ringTimeMs, double noAnswerProbability, KpiThresholds kpi,
                       RoutingConfig routing) {

    public Scenario {
        arrivals = List.copyOf(arrivals);
        callTypes = List.copyOf(callTypes);
        agents = List.copyOf(agents);
    }

    public Scenario withSeed(long otherSeed) {
        return new Scenario(otherSeed, durationMs, calls, warmupMs, arrivals, callTypes, patience, handleTime, agents,
                ringTimeMs, noAnswerProbability, kpi, routing);
    }
}
