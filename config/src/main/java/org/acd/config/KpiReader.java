package org.acd.config;

import java.util.Set;
import org.acd.config.model.KpiSettings;
import org.acd.config.yaml.Fields;
import org.acd.core.reporting.KpiThresholds;

/** Reads {@code kpi}: short_abandon, service_level and the wallboard's yellow_after and red_after. Stateless. */
final class KpiReader {

    private static final Set<String> KEYS = Set.of("short_abandon", "service_level", "wallboard");
    private static final Set<String> WALLBOARD_KEYS = Set.of("yellow_after", "red_after");

    private KpiReader() {
    }

    static KpiSettings read(Fields top) {
        KpiSettings defaults = KpiSettings.DEFAULTS;
        Fields kpi = top.section("kpi", false, KEYS);
        if (kpi == null) {
            return defaults;
        }
        KpiThresholds thresholds = new KpiThresholds(
                kpi.durationMs("short_abandon", false, defaults.thresholds().shortAbandonMs()),
                kpi.positiveDurationMs("service_level", false, defaults.thresholds().serviceLevelMs()));
        Fields wallboard = kpi.section("wallboard", false, WALLBOARD_KEYS);
        if (wallboard == null) {
            return new KpiSettings(thresholds, defaults.yellowAfterMs(), defaults.redAfterMs());
        }
        long yellowMs = wallboard.positiveDurationMs("yellow_after", false, defaults.yellowAfterMs());
        long redMs = wallboard.positiveDurationMs("red_after", false, defaults.redAfterMs());
        if (redMs <= yellowMs) {
            wallboard.problem("red_after", "must be later than yellow_after");
        }
        return new KpiSettings(thresholds, yellowMs, redMs);
    }
}
