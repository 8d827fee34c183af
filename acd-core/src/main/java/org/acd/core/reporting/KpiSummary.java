package org.acd.core.reporting;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * The KPIs of all calls, and broken down: per customer tier, per queue the call first entered, per
 * interval of queue entry (by the interval's start in epoch milliseconds) and per agent. Each map
 * iterates in key order. Immutable.
 */
public record KpiSummary(KpiReport overall, Map<String, KpiReport> byTier, Map<String, KpiReport> byQueue,
                         Map<Long, KpiReport> byInterval, Map<String, AgentReport> byAgent) {

    public KpiSummary {
        byTier = sorted(byTier);
        byQueue = sorted(byQueue);
        byInterval = sorted(byInterval);
        byAgent = sorted(byAgent);
    }

    private static <K, V> Map<K, V> sorted(Map<K, V> map) {
        return Collections.unmodifiableMap(new TreeMap<>(map));
    }
}
