package org.acd.server.simulate;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.acd.core.reporting.KpiReport;
import org.acd.core.reporting.KpiThresholds;
import org.acd.simulator.virtual.GroundTruth;
import org.acd.simulator.virtual.PredictionError;
import org.acd.simulator.virtual.SimulationResult;
import org.acd.simulator.virtual.WaitEstimateAccuracy;

/**
 * The readable form of a simulation's report: one column of KPIs for all calls and one per tier,
 * the simulator's ledger, then per queue how far the engine's wait estimate at entry and a moving
 * average of recent waits were from the answered calls' waits. Stateless.
 */
final class SimulationTable {

    private static final String ESTIMATE_ROW = "%-14s %7s %-8s %10s %10s %10s %10s%n";

    private SimulationTable() {
    }

    static void print(PrintWriter out, SimulationResult result, KpiThresholds thresholds) {
        Map<String, KpiReport> tiers = new TreeMap<>(result.kpis().byTier());
        StringBuilder header = new StringBuilder(String.format(Locale.ROOT, "%-26s %12s", "", "all calls"));
        tiers.keySet().forEach(tier -> header.append(String.format(Locale.ROOT, " %12s", tier)));
        out.println(header);
        row(out, "offered", result.kpis().overall(), tiers, report -> count(report.offered()));
        row(out, "answered", result.kpis().overall(), tiers, report -> count(report.answered()));
        row(out, "abandoned", result.kpis().overall(), tiers, report -> count(report.abandoned()));
        row(out, "  short (< " + seconds(thresholds.shortAbandonMs()) + ")", result.kpis().overall(), tiers,
                report -> count(report.shortAbandoned()));
        row(out, "timed out / overflowed", result.kpis().overall(), tiers,
                report -> report.timedOut() + " / " + report.overflowed());
        row(out, "still waiting at the end", result.kpis().overall(), tiers, report -> count(report.unfinished()));
        row(out, "abandon rate", result.kpis().overall(), tiers, report -> percent(report.abandonRate()));
        row(out, "service level (" + seconds(thresholds.serviceLevelMs()) + ")", result.kpis().overall(), tiers,
                report -> percent(report.serviceLevel()));
        row(out, "waited at all", result.kpis().overall(), tiers, report -> percent(report.waitedFraction()));
        row(out, "ASA", result.kpis().overall(), tiers, report -> decimalSeconds(report.asaSeconds()));
        row(out, "mean wait (all calls)", result.kpis().overall(), tiers,
                report -> decimalSeconds(report.meanWaitAllSeconds()));
        GroundTruth truth = result.groundTruth();
        out.printf(Locale.ROOT, "%nsimulator's ledger: %d placed, %d answered, %d abandoned (%d while ringing), "
                        + "%d sent out of queueing, %d rings let run out, %d unfinished%n",
                truth.placed(), truth.answered(), truth.abandoned(), truth.abandonedWhileRinging(), truth.exited(),
                truth.offersLetRingOut(), truth.unfinished());
        waitEstimates(out, new TreeMap<>(result.waitEstimates()));
        out.flush();
    }

    private static void waitEstimates(PrintWriter out, Map<String, WaitEstimateAccuracy> queues) {
        out.printf(Locale.ROOT,
                "%nwait estimate at entry against the wait of each answered call (error = estimate - wait)%n");
        out.printf(Locale.ROOT, ESTIMATE_ROW, "queue", "calls", "by", "mean |err|", "median", "p90", "bias");
        queues.forEach((queue, accuracy) -> {
            estimateRow(out, queue, Long.toString(accuracy.engine().calls()), "engine", accuracy.engine());
            estimateRow(out, "", "", "avg " + WaitEstimateAccuracy.MOVING_AVERAGE_WAITS, accuracy.movingAverage());
            if (accuracy.unpredicted() > 0) {
                out.printf(Locale.ROOT, "%-14s %7s (%d more answered before either could estimate)%n", "", "",
                        accuracy.unpredicted());
            }
        });
    }

    private static void estimateRow(PrintWriter out, String queue, String calls, String by, PredictionError error) {
        out.printf(Locale.ROOT, ESTIMATE_ROW, queue, calls, by, decimalSeconds(error.meanAbsoluteMs() / 1000),
                decimalSeconds(error.medianAbsoluteMs() / 1000.0), decimalSeconds(error.p90AbsoluteMs() / 1000.0),
                signedSeconds(error.meanSignedMs() / 1000));
    }

    private static String signedSeconds(double seconds) {
        return Double.isFinite(seconds) ? String.format(Locale.ROOT, "%+.1f s", seconds) : "-";
    }

    private interface Cell {
        String of(KpiReport report);
    }

    private static void row(PrintWriter out, String label, KpiReport overall, Map<String, KpiReport> tiers, Cell cell) {
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-26s %12s", label, cell.of(overall)));
        tiers.values().forEach(report -> line.append(String.format(Locale.ROOT, " %12s", cell.of(report))));
        out.println(line);
    }

    private static String count(long value) {
        return Long.toString(value);
    }

    private static String percent(double ratio) {
        return Double.isFinite(ratio) ? String.format(Locale.ROOT, "%.1f%%", ratio * 100) : "-";
    }

    private static String decimalSeconds(double seconds) {
        return Double.isFinite(seconds) ? String.format(Locale.ROOT, "%.1f s", seconds) : "-";
    }

    private static String seconds(long ms) {
        return ms % 1000 == 0 ? ms / 1000 + " s" : ms + " ms";
    }
}
