package org.acd.config;

import java.util.Set;
import java.util.regex.Pattern;
import org.acd.config.model.KpiSettings;
import org.acd.config.yaml.Fields;
import org.acd.core.reporting.KpiThresholds;

/**
 * Reads {@code kpi}: short_abandon, service_level and the wallboard's yellow_after and red_after
 * (longest waits) and abandon_yellow and abandon_red (today's abandon rate, as percentages). Stateless.
 */
final class KpiReader {

    private static final Set<String> KEYS = Set.of("short_abandon", "service_level", "wallboard");
    private static final Set<String> WALLBOARD_KEYS = Set.of("yellow_after", "red_after", "abandon_yellow",
            "abandon_red");
    private static final Pattern PERCENT = Pattern.compile("\\d{1,3}(\\.\\d+)?%");

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
            return new KpiSettings(thresholds, defaults.yellowAfterMs(), defaults.redAfterMs(),
                    defaults.abandonYellow(), defaults.abandonRed());
        }
        long yellowMs = wallboard.positiveDurationMs("yellow_after", false, defaults.yellowAfterMs());
        long redMs = wallboard.positiveDurationMs("red_after", false, defaults.redAfterMs());
        if (redMs <= yellowMs) {
            wallboard.problem("red_after", "must be later than yellow_after");
        }
        double abandonYellow = fraction(wallboard, "abandon_yellow", defaults.abandonYellow());
        double abandonRed = fraction(wallboard, "abandon_red", defaults.abandonRed());
        if (abandonRed <= abandonYellow) {
            wallboard.problem("abandon_red", "must be above abandon_yellow");
        }
        return new KpiSettings(thresholds, yellowMs, redMs, abandonYellow, abandonRed);
    }

    /** A percentage such as {@code 5%} or {@code 7.5%}, above 0 and at most 100, as a fraction. */
    private static double fraction(Fields wallboard, String key, double absent) {
        String text = wallboard.text(key, false);
        if (text == null) {
            return absent;
        }
        double percent = PERCENT.matcher(text.strip()).matches() ? Double.parseDouble(text.strip().replace("%", ""))
                : -1;
        if (percent <= 0 || percent > 100) {
            wallboard.problem(key, "'" + text + "' is not a percentage above 0 and at most 100, like 5%");
            return absent;
        }
        return percent / 100;
    }
}
