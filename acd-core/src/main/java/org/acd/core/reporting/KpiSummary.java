package org.acd.core.reporting;

import java.util.Map;

/** The KPIs of all calls and of each customer tier (by tier id, in tier id order). Immutable. */
public record KpiSummary(KpiReport overall, Map<String, KpiReport> byTier) {

    public KpiSummary {
        byTier = Map.copyOf(byTier);
    }
}
