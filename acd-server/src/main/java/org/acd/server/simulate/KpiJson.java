package org.acd.server.simulate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.LinkedHashMap;
import java.util.Map;
import org.acd.core.reporting.KpiReport;

/**
 * The one JSON form of a group's KPIs, shared by {@code acd simulate --json} and
 * {@code acd whatif --json} so that both name and round the same figures alike; ratios of no calls
 * are {@code null}. Also writes a finished document. Stateless; any thread.
 */
public final class KpiJson {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private KpiJson() {
    }

    /** The KPIs of one group, in a fixed order. */
    public static Map<String, Object> kpis(KpiReport report) {
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

    /** A figure that may be undefined (NaN, infinite) as a JSON number or {@code null}. */
    public static Double finiteOrNull(double value) {
        return Double.isFinite(value) ? value : null;
    }

    /** The document, indented. */
    public static String write(Map<String, Object> root) {
        try {
            return JSON.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a map of numbers could not be written as JSON", e);
        }
    }
}
