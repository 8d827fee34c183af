package org.acd.simulator.virtual;

import java.util.Map;
import org.acd.core.reporting.KpiSummary;

/**
 * What a simulation found: the KPIs computed from the engine's outcomes (the same calculator as for
 * real traffic), the simulator's own ledger to check them against, and how well the engine's wait
 * estimate foretold the waits. Immutable.
 *
 * @param waitEstimates per queue, the engine's wait estimate at entry against the actual waits
 * @param eventsHandled simulator events and engine timer firings handled
 * @param virtualEndMs virtual time when the last thing happened
 */
public record SimulationResult(KpiSummary kpis, GroundTruth groundTruth,
                               Map<String, WaitEstimateAccuracy> waitEstimates, long eventsHandled,
                               long virtualEndMs) {

    public SimulationResult {
        waitEstimates = Map.copyOf(waitEstimates);
    }
}
