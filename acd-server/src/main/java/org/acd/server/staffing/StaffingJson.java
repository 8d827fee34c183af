package org.acd.server.staffing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.acd.simulator.staffing.SimulatedFigures;
import org.acd.simulator.staffing.StaffingFigures;
import org.acd.simulator.staffing.StaffingTarget;
import org.acd.simulator.staffing.Verification;
import org.acd.simulator.theory.ReplicationEstimate;

/**
 * The {@code --json} form of {@code acd staffing}'s answer: the target, interval length and shrinkage,
 * then one object per interval with the same fields as the CSV form and, with {@code --verify}, a
 * {@code verification} object (the simulated KPIs as {@code {mean, half_width}}, {@code meets_target},
 * and {@code one_more_agent} when missed). Absent targets, no patience and the figures of quiet
 * intervals are {@code null}. Stateless.
 */
final class StaffingJson {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private StaffingJson() {
    }

    static String render(List<StaffingRow> rows, StaffingTarget target, long intervalSeconds, double shrinkage) {
        Map<String, Object> root = new LinkedHashMap<>();
        Map<String, Object> goal = new LinkedHashMap<>();
        goal.put("service_level", finiteOrNull(target.serviceLevel()));
        goal.put("threshold_seconds", target.hasServiceLevel() ? target.thresholdSeconds() : null);
        goal.put("max_abandon_rate", finiteOrNull(target.maxAbandonRate()));
        root.put("target", goal);
        root.put("interval_seconds", intervalSeconds);
        root.put("shrinkage", shrinkage);
        List<Map<String, Object>> intervals = new ArrayList<>();
        for (StaffingRow row : rows) {
            intervals.add(interval(row, target));
        }
        root.put("intervals", intervals);
        try {
            return JSON.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a map of numbers could not be written as JSON", e);
        }
    }

    private static Map<String, Object> interval(StaffingRow row, StaffingTarget target) {
        StaffingFigures figures = row.figures();
        Map<String, Object> interval = new LinkedHashMap<>();
        interval.put("interval_start", row.intervalStart());
        interval.put("calls", row.calls());
        interval.put("aht_seconds", row.handleSeconds());
        interval.put("patience_seconds", finiteOrNull(row.patienceSeconds()));
        interval.put("agents", row.agents());
        interval.put("scheduled_agents", row.scheduled());
        interval.put("probability_of_waiting", figures == null ? null : figures.probabilityOfWaiting());
        interval.put("service_level", figures == null ? null : finiteOrNull(figures.serviceLevel()));
        interval.put("abandon_rate", figures == null ? null : figures.abandonRate());
        interval.put("asa_seconds", figures == null ? null : figures.asaSeconds());
        interval.put("occupancy", figures == null ? null : figures.occupancy());
        if (row.verification() != null) {
            Verification verification = row.verification();
            Map<String, Object> verified = simulated(verification.staffed(), target);
            verified.put("one_more_agent", verification.oneMore().map(more -> simulated(more, target)).orElse(null));
            interval.put("verification", verified);
        }
        return interval;
    }

    /** One simulated staffing: each KPI as {mean, half_width} of its 99% confidence interval. */
    private static Map<String, Object> simulated(SimulatedFigures figures, StaffingTarget target) {
        Map<String, Object> simulated = new LinkedHashMap<>();
        simulated.put("agents", figures.agents());
        simulated.put("calls", figures.calls());
        simulated.put("replications", ReplicationEstimate.REPLICATIONS);
        simulated.put("service_level", estimate(figures.serviceLevel()));
        simulated.put("abandon_rate", estimate(figures.abandonRate()));
        simulated.put("asa_seconds", estimate(figures.asaSeconds()));
        simulated.put("meets_target", figures.meets(target));
        return simulated;
    }

    private static Map<String, Object> estimate(ReplicationEstimate estimate) {
        if (Double.isNaN(estimate.mean())) {
            return null;
        }
        Map<String, Object> interval = new LinkedHashMap<>();
        interval.put("mean", estimate.mean());
        interval.put("half_width", estimate.halfWidth());
        return interval;
    }

    private static Double finiteOrNull(double value) {
        return Double.isFinite(value) ? value : null;
    }
}
