package org.acd.server.whatif;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import java.util.function.ToLongFunction;
import org.acd.core.reporting.KpiReport;
import org.acd.simulator.whatif.WhatIfResult;

/**
 * The readable form of {@code acd whatif}: what was replayed and assumed, then one row per group
 * (all calls, each queue a call entered first, each tier), each cell {@code journal → what-if}.
 * Stateless.
 */
final class WhatIfTable {

    private static final String ROW = "%-20s %11s %13s %13s %16s %16s %15s %11s%n";

    private WhatIfTable() {
    }

    static void print(PrintWriter out, WhatIfResult result, Path journal, Path config, long seed) {
        out.printf(Locale.ROOT, "journal %s: %d calls, %s to %s%n", journal, result.calls(),
                Instant.ofEpochMilli(result.startMs()), Instant.ofEpochMilli(result.endMs()));
        out.printf(Locale.ROOT, "replayed with %s%s%n", config, result.notes().isEmpty() ? ", unchanged" : "");
        result.notes().forEach(note -> out.println("  " + note));
        out.printf(Locale.ROOT, "patience: %d callers hung up and hang up again at the same wait; %s; seed %d%n",
                result.abandons(), Double.isInfinite(result.meanPatienceMs()) ? "the others never hang up"
                        : String.format(Locale.ROOT, "the others wait their wait plus an exponential draw of mean "
                        + "%.1f s (fitted to every wait)", result.meanPatienceMs() / 1000), seed);
        out.printf(Locale.ROOT, "each cell: journal → what-if%n%n");
        out.printf(Locale.ROOT, ROW, "", "offered", "answered", "abandoned", "abandon rate", "service level", "ASA",
                "unfinished");
        row(out, "all", result.observed().overall(), result.predicted().overall());
        groups(out, "queue ", result.observed().byQueue(), result.predicted().byQueue());
        groups(out, "tier ", result.observed().byTier(), result.predicted().byTier());
    }

    private static void groups(PrintWriter out, String prefix, Map<String, KpiReport> observed,
                               Map<String, KpiReport> predicted) {
        observed.forEach((group, was) -> row(out, prefix + group, was, predicted.getOrDefault(group, KpiReport.EMPTY)));
    }

    private static void row(PrintWriter out, String group, KpiReport was, KpiReport whatIf) {
        out.printf(Locale.ROOT, ROW, group, count(was, whatIf, KpiReport::offered),
                count(was, whatIf, KpiReport::answered), count(was, whatIf, KpiReport::abandoned),
                ratio(was, whatIf, KpiReport::abandonRate), ratio(was, whatIf, KpiReport::serviceLevel),
                seconds(was, whatIf), count(was, whatIf, KpiReport::unfinished));
    }

    private static String count(KpiReport was, KpiReport whatIf, ToLongFunction<KpiReport> kpi) {
        return kpi.applyAsLong(was) + " → " + kpi.applyAsLong(whatIf);
    }

    private static String ratio(KpiReport was, KpiReport whatIf, ToDoubleFunction<KpiReport> kpi) {
        return percent(kpi.applyAsDouble(was)) + " → " + percent(kpi.applyAsDouble(whatIf));
    }

    private static String seconds(KpiReport was, KpiReport whatIf) {
        return second(was.asaSeconds()) + " → " + second(whatIf.asaSeconds());
    }

    private static String percent(double share) {
        return Double.isNaN(share) ? "-" : String.format(Locale.ROOT, "%.1f%%", share * 100);
    }

    private static String second(double value) {
        return Double.isNaN(value) ? "-" : String.format(Locale.ROOT, "%.1fs", value);
    }
}
