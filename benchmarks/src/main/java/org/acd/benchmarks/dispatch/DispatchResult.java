package org.acd.benchmarks.dispatch;

import java.io.PrintStream;
import java.util.Locale;

/** One system's figures in the dispatch comparison. */
record DispatchResult(String system, DispatchAnalysis analysis, double asteriskCpuSeconds, double wallSeconds) {

    static void printTable(PrintStream out, DispatchResult... results) {
        out.println("| system | gaps measured | gap min | gap p50 | gap p99 | gap max | ASA | offered | answered | lost"
                + " | Asterisk CPU | run |");
        out.println("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        for (DispatchResult result : results) {
            var gaps = result.analysis().gapsUs();
            out.println(String.format(Locale.ROOT,
                    "| %s | %d | %.1f ms | %.1f ms | %.1f ms | %.1f ms | %.0f ms | %d | %d | %d | %.2f s | %.0f s |",
                    result.system(), gaps.getTotalCount(), gaps.getMinValue() / 1000.0,
                    gaps.getValueAtPercentile(50) / 1000.0, gaps.getValueAtPercentile(99) / 1000.0,
                    gaps.getMaxValue() / 1000.0, result.analysis().averageSpeedOfAnswerMs(),
                    result.analysis().offered(), result.analysis().answered(), result.analysis().lost(),
                    result.asteriskCpuSeconds(), result.wallSeconds()));
        }
    }
}
