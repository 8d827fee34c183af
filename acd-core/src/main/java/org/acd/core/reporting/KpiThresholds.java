package org.acd.core.reporting;

/**
 * The thresholds the KPI definitions of DESIGN.md leave configurable. A call abandoned after a wait
 * strictly shorter than {@code shortAbandonMs} is a short abandon (so 0 means none is short); a
 * call answered after a wait of at most {@code serviceLevelMs} is answered within the service level.
 */
public record KpiThresholds(long shortAbandonMs, long serviceLevelMs) {

    public static final KpiThresholds DEFAULTS = new KpiThresholds(5_000, 20_000);

    public KpiThresholds {
        if (shortAbandonMs < 0) {
            throw new IllegalArgumentException("shortAbandonMs must not be negative: " + shortAbandonMs);
        }
        if (serviceLevelMs < 0) {
            throw new IllegalArgumentException("serviceLevelMs must not be negative: " + serviceLevelMs);
        }
    }
}
