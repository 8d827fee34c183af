package org.acd.server.simulate;

import java.util.LinkedHashMap;
import java.util.Map;
import org.acd.simulator.virtual.GroundTruth;
import org.acd.simulator.virtual.PredictionError;
import org.acd.simulator.virtual.SimulationResult;
import org.acd.simulator.virtual.WaitEstimateAccuracy;

/**
 * The {@code --json} form of a simulation's report: the overall KPIs at the top level, the same per
 * tier under {@code tiers}, the simulator's own ledger under {@code ground_truth}, and per queue
 * under {@code wait_estimates} how far the engine's wait estimate at entry, and a moving average of
 * recent waits, were from the answered calls' waits. Ratios of no calls are {@code null}.
 * Stateless; any thread.
 */
final class SimulationJson {

    private SimulationJson() {
    }

    static String render(SimulationResult result, long seed) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("seed", seed);
        root.putAll(KpiJson.kpis(result.kpis().overall()));
        Map<String, Object> tiers = new LinkedHashMap<>();
        result.kpis().byTier().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(tier -> tiers.put(tier.getKey(), KpiJson.kpis(tier.getValue())));
        root.put("tiers", tiers);
        root.put("ground_truth", groundTruth(result.groundTruth()));
        Map<String, Object> estimates = new LinkedHashMap<>();
        result.waitEstimates().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(queue -> estimates.put(queue.getKey(), accuracy(queue.getValue())));
        root.put("wait_estimates", estimates);
        root.put("simulated_seconds", result.virtualEndMs() / 1000.0);
        return KpiJson.write(root);
    }

    private static Map<String, Object> groundTruth(GroundTruth truth) {
        Map<String, Object> ledger = new LinkedHashMap<>();
        ledger.put("placed", truth.placed());
        ledger.put("answered", truth.answered());
        ledger.put("abandoned", truth.abandoned());
        ledger.put("abandoned_while_ringing", truth.abandonedWhileRinging());
        ledger.put("exited", truth.exited());
        ledger.put("offers_let_ring_out", truth.offersLetRingOut());
        ledger.put("unfinished", truth.unfinished());
        return ledger;
    }

    private static Map<String, Object> accuracy(WaitEstimateAccuracy accuracy) {
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("calls", accuracy.engine().calls());
        figures.put("unpredicted", accuracy.unpredicted());
        figures.put("engine", error(accuracy.engine()));
        figures.put("moving_average", error(accuracy.movingAverage()));
        return figures;
    }

    private static Map<String, Object> error(PredictionError error) {
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("mean_absolute_error_seconds", KpiJson.finiteOrNull(error.meanAbsoluteMs() / 1000));
        figures.put("median_absolute_error_seconds", error.medianAbsoluteMs() / 1000.0);
        figures.put("p90_absolute_error_seconds", error.p90AbsoluteMs() / 1000.0);
        figures.put("bias_seconds", KpiJson.finiteOrNull(error.meanSignedMs() / 1000));
        return figures;
    }
}
