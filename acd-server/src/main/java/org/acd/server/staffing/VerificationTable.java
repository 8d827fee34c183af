package org.acd.server.staffing;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import org.acd.simulator.staffing.SimulatedFigures;
import org.acd.simulator.staffing.StaffingFigures;
import org.acd.simulator.staffing.StaffingTarget;
import org.acd.simulator.theory.ReplicationEstimate;

/**
 * The readable form of {@code acd staffing --verify}: below the staffing table, per interval, what
 * theory predicts beside what the simulated engine achieved (mean ± 99% confidence half-width), and
 * {@code MISSED} where the simulated means miss the target, followed by what one more agent
 * achieved. Stateless.
 */
final class VerificationTable {

    private static final String ROW = "%-17s %6s %7s %14s %8s %14s %7s %14s  %s%n";

    private VerificationTable() {
    }

    static void print(PrintWriter out, List<StaffingRow> rows, StaffingTarget target, long calls, long seed) {
        out.printf(Locale.ROOT, "%nchecked by simulation on the routing engine: %d calls per interval in %d "
                + "replications, seed %d; ± is the 99%% confidence interval%n%n", calls,
                ReplicationEstimate.REPLICATIONS, seed);
        out.printf(Locale.ROOT, ROW, "interval", "agents", "SL", "simulated SL", "abandon", "sim. abandon",
                "ASA", "simulated ASA", "target");
        for (StaffingRow row : rows) {
            if (row.verification() == null) {
                out.printf(Locale.ROOT, ROW, row.intervalStart(), 0, "-", "-", "-", "-", "-", "-", "no calls");
                continue;
            }
            StaffingFigures predicted = row.figures();
            SimulatedFigures simulated = row.verification().staffed();
            String verdict = row.verification().oneMore()
                    .map(more -> "MISSED; " + more.agents() + " agents: " + summary(more)
                            + (more.meets(target) ? "" : " (still missed)"))
                    .orElse("met");
            out.printf(Locale.ROOT, ROW, row.intervalStart(), simulated.agents(), percent(predicted.serviceLevel()),
                    percent(simulated.serviceLevel()), percent(predicted.abandonRate()),
                    percent(simulated.abandonRate()), seconds(predicted.asaSeconds()), seconds(simulated.asaSeconds()),
                    verdict);
        }
    }

    private static String summary(SimulatedFigures figures) {
        String sl = Double.isNaN(figures.serviceLevel().mean()) ? "" : "SL " + percent(figures.serviceLevel()) + ", ";
        return sl + "abandon " + percent(figures.abandonRate()) + ", ASA " + seconds(figures.asaSeconds());
    }

    private static String percent(double share) {
        return Double.isNaN(share) ? "-" : String.format(Locale.ROOT, "%.1f%%", share * 100);
    }

    private static String percent(ReplicationEstimate estimate) {
        return Double.isNaN(estimate.mean()) ? "-" : String.format(Locale.ROOT, "%.1f%% ± %.1f", estimate.mean() * 100,
                estimate.halfWidth() * 100);
    }

    private static String seconds(double value) {
        return Double.isNaN(value) ? "-" : String.format(Locale.ROOT, "%.1fs", value);
    }

    private static String seconds(ReplicationEstimate estimate) {
        return Double.isNaN(estimate.mean()) ? "-" : String.format(Locale.ROOT, "%.1fs ± %.1f", estimate.mean(),
                estimate.halfWidth());
    }
}
