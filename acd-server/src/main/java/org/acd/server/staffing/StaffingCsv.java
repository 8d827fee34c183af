package org.acd.server.staffing;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import org.acd.simulator.staffing.StaffingFigures;

/**
 * The {@code --csv} form of {@code acd staffing}'s answer: one row per interval, the forecast's
 * columns first, then the staffing; figures of quiet intervals (no calls) are empty. Stateless.
 */
final class StaffingCsv {

    static final String HEADER = "interval_start,calls,aht_seconds,patience_seconds,agents,scheduled_agents,"
            + "probability_of_waiting,service_level,abandon_rate,asa_seconds,occupancy";

    private StaffingCsv() {
    }

    static void print(PrintWriter out, List<StaffingRow> rows) {
        out.println(HEADER);
        for (StaffingRow row : rows) {
            StaffingFigures figures = row.figures();
            out.println(String.join(",", row.intervalStart(), number(row.calls()), number(row.handleSeconds()),
                    Double.isInfinite(row.patienceSeconds()) ? "none" : number(row.patienceSeconds()),
                    Integer.toString(row.agents()), Integer.toString(row.scheduled()),
                    figures == null ? "" : ratio(figures.probabilityOfWaiting()),
                    figures == null ? "" : ratio(figures.serviceLevel()),
                    figures == null ? "" : ratio(figures.abandonRate()),
                    figures == null ? "" : String.format(Locale.ROOT, "%.2f", figures.asaSeconds()),
                    figures == null ? "" : ratio(figures.occupancy())));
        }
    }

    private static String ratio(double value) {
        return Double.isNaN(value) ? "" : String.format(Locale.ROOT, "%.4f", value);
    }

    static String number(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : String.format(Locale.ROOT, "%s", value);
    }
}
