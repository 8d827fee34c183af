package org.acd.config.model;

import org.acd.core.reporting.KpiThresholds;

/**
 * The KPI thresholds (short abandon, service level) and the wallboard's colours: a longest wait
 * turns yellow from {@code yellowAfterMs} and red from {@code redAfterMs}.
 */
public record KpiSettings(KpiThresholds thresholds, long yellowAfterMs, long redAfterMs) {

    public static final KpiSettings DEFAULTS = new KpiSettings(KpiThresholds.DEFAULTS, 30_000, 60_000);
}
