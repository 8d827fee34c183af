package org.acd.simulator.virtual;

import org.acd.core.reporting.KpiSummary;

/**
 * What a simulation found: the KPIs computed from the engine's outcomes (the same calculator as for
 * real traffic), and the simulator's own ledger to check them against. Immutable.
 *
 * @param eventsHandled simulator events and engine timer firings handled
 * @param virtualEndMs virtual time when the last thing happened
 */
public record SimulationResult(KpiSummary kpis, GroundTruth groundTruth, long eventsHandled, long virtualEndMs) {
}
