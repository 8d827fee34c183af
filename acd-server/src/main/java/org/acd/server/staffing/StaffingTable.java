package org.acd.server.staffing;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import org.acd.simulator.staffing.StaffingFigures;
import org.acd.simulator.staffing.StaffingTarget;

/**
 * The readable form of {@code acd staffing}'s answer: the target, then a row per interval with the
 * agents needed, those to schedule after shrinkage and what theory predicts with them, then the
 * peak. Stateless.
 */
final class StaffingTable {

    private static final String ROW = "%-17s %8s %6s %9s %7s %9s %7s %7s %8s %7s %6s%n";

    private StaffingTable() {
    }

    static void print(PrintWriter out, List<StaffingRow> rows, StaffingTarget target, long intervalSeconds,
                      double shrinkage) {
        out.printf(Locale.ROOT, "target: %s; intervals of %s; shrinkage %s%%%n%n", target,
                duration(intervalSeconds), StaffingCsv.number(Math.round(shrinkage * 1e6) / 1e4));
        out.printf(Locale.ROOT, ROW, "interval", "calls", "aht", "patience", "agents", "scheduled", "P(wait)", "SL",
                "abandon", "ASA", "occ.");
        StaffingRow peak = rows.get(0);
        for (StaffingRow row : rows) {
            StaffingFigures f = row.figures();
            out.printf(Locale.ROOT, ROW, row.intervalStart(), StaffingCsv.number(row.calls()),
                    StaffingCsv.number(row.handleSeconds()) + "s",
                    Double.isInfinite(row.patienceSeconds()) ? "none" : StaffingCsv.number(row.patienceSeconds()) + "s",
                    row.agents(), row.scheduled(), f == null ? "-" : percent(f.probabilityOfWaiting()),
                    f == null ? "-" : percent(f.serviceLevel()), f == null ? "-" : percent(f.abandonRate()),
                    f == null ? "-" : String.format(Locale.ROOT, "%.1fs", f.asaSeconds()),
                    f == null ? "-" : percent(f.occupancy()));
            if (row.scheduled() > peak.scheduled()) {
                peak = row;
            }
        }
        if (rows.size() > 1) {
            out.printf(Locale.ROOT, "%npeak: %d agents needed, %d scheduled, at %s%n", peak.agents(), peak.scheduled(),
                    peak.intervalStart());
        }
    }

    private static String percent(double share) {
        return Double.isNaN(share) ? "-" : String.format(Locale.ROOT, "%.1f%%", share * 100);
    }

    private static String duration(long seconds) {
        return seconds % 60 == 0 ? seconds / 60 + " min" : seconds + " s";
    }
}
