package org.acd.server.simulate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.LinkedHashMap;
import java.util.Map;
import org.acd.core.reporting.KpiReport;
import org.acd.simulator.virtual.GroundTruth;
import org.acd.simulator.virtual.SimulationResult;

/**
 * The {@code --json} form of a simulation's report: the overall KPIs at the top level, the same per
 * tier under {@code tiers}, and the simulator's own ledger under {@code ground_truth}. Ratios of no
 * calls are {@code null}. Stateless; any thread.
 */
final class SimulationJson {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private SimulationJson() {
    }

    static String render(SimulationResult result, long seed) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("seed", seed);
        root.putAll(kpis(result.kpis().overall()));
        Map<String, Object> tiers = new LinkedHashMap<>();
        result.kpis().byTier().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(tier -> tiers.put(tier.getKey(), kpis(tier.getValue())));
        root.put("tiers", tiers);
        root.put("ground_truth", groundTruth(result.groundTruth()));
        root.put("simulated_seconds", result.virtualEndMs() / 1000.0);
        try {
            return JSON.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a map of numbers could not be written as JSON", e);
        }
    }

    private static Map<String, Object> kpis(KpiReport report) {
        Map<String, Object> kpis = new LinkedHashMap<>();
        kpis.put("offered", report.offered());
        kpis.put("answered", report.answered());
        kpis.put("abandoned", report.abandoned());
        kpis.put("short_abandoned", report.shortAbandoned());
        kpis.put("timed_out", report.timedOut());
        kpis.put("overflowed", report.overflowed());
        kpis.put("unfinished", report.unfinished());
        kpis.put("abandon_rate", finiteOrNull(report.abandonRate()));
        kpis.put("waited_fraction", finiteOrNull(report.waitedFraction()));
        kpis.put("asa_seconds", finiteOrNull(report.asaSeconds()));
        kpis.put("mean_wait_all_seconds", finiteOrNull(report.meanWaitAllSeconds()));
        kpis.put("service_level", finiteOrNull(report.serviceLevel()));
        return kpis;
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

    private static Double finiteOrNull(double value) {
        return Double.isFinite(value) ? value : null;
    }
}
