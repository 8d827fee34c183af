package org.acd.server.whatif;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.acd.core.reporting.KpiReport;
import org.acd.server.simulate.KpiJson;
import org.acd.simulator.whatif.WhatIfResult;

/**
 * The {@code --json} form of {@code acd whatif}: what was replayed and assumed, then under
 * {@code overall}, {@code queues.<queue>} and {@code tiers.<tier>} the KPIs as {@code journal} and
 * {@code what_if}, each in {@link KpiJson}'s form. Ratios of no calls and an infinite patience are
 * {@code null}. Stateless.
 */
final class WhatIfJson {

    private WhatIfJson() {
    }

    static String render(WhatIfResult result, Path journal, Path config, long seed) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("journal", journal.toString());
        root.put("config", config.toString());
        root.put("seed", seed);
        root.put("calls", result.calls());
        root.put("start_ms", result.startMs());
        root.put("end_ms", result.endMs());
        root.put("changes", result.notes());
        Map<String, Object> patience = new LinkedHashMap<>();
        patience.put("abandons_replayed_exactly", result.abandons());
        patience.put("fitted_mean_seconds", Double.isInfinite(result.meanPatienceMs()) ? null
                : result.meanPatienceMs() / 1000);
        root.put("patience", patience);
        root.put("overall", pair(result.observed().overall(), result.predicted().overall()));
        root.put("queues", groups(result.observed().byQueue(), result.predicted().byQueue()));
        root.put("tiers", groups(result.observed().byTier(), result.predicted().byTier()));
        return KpiJson.write(root);
    }

    private static Map<String, Object> groups(Map<String, KpiReport> observed, Map<String, KpiReport> predicted) {
        Map<String, Object> groups = new LinkedHashMap<>();
        observed.forEach((group, was) -> groups.put(group, pair(was, predicted.getOrDefault(group, KpiReport.EMPTY))));
        return groups;
    }

    private static Map<String, Object> pair(KpiReport was, KpiReport whatIf) {
        Map<String, Object> pair = new LinkedHashMap<>();
        pair.put("journal", KpiJson.kpis(was));
        pair.put("what_if", KpiJson.kpis(whatIf));
        return pair;
    }
}
