package org.acd.config.model;

import org.acd.core.reporting.KpiThresholds;

/**
 * The KPI thresholds (short abandon, service level) and the wallboards' colours: a longest wait
 * turns yellow from {@code yellowAfterMs} and red from {@code redAfterMs}; today's abandon rate
 * yellow from {@code abandonYellow} and red from {@code abandonRed} (fractions of the calls offered).
 */
public record KpiSettings(KpiThresholds thresholds, long yellowAfterMs, long redAfterMs, double abandonYellow,
                          double abandonRed) {

    /** A common goal: at most 5 % of callers hang up; 10 % is trouble. */
    public static final KpiSettings DEFAULTS = new KpiSettings(KpiThresholds.DEFAULTS, 30_000, 60_000, 0.05, 0.10);
}
