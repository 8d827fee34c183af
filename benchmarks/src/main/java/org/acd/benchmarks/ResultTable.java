package org.acd.benchmarks;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/** The table {@code ./acd bench core} ends with: metric, target, measured, met? — in Markdown. */
final class ResultTable {

    private record Row(String metric, String target, String measured, String met) {
    }

    private final List<Row> rows = new ArrayList<>();

    /** A metric with a target. */
    ResultTable add(String metric, String target, String measured, boolean met) {
        rows.add(new Row(metric, target, measured, met ? "yes" : "NO"));
        return this;
    }

    /** A metric reported without a target. */
    ResultTable add(String metric, String measured) {
        rows.add(new Row(metric, "-", measured, "-"));
        return this;
    }

    void print(PrintStream out) {
        int[] widths = {"metric".length(), "target".length(), "measured".length(), "met?".length()};
        for (Row row : rows) {
            widths[0] = Math.max(widths[0], row.metric.length());
            widths[1] = Math.max(widths[1], row.target.length());
            widths[2] = Math.max(widths[2], row.measured.length());
        }
        String format = "| %-" + widths[0] + "s | %-" + widths[1] + "s | %" + widths[2] + "s | %-" + widths[3]
                + "s |%n";
        out.printf(format, "metric", "target", "measured", "met?");
        out.printf("|%s|%s|%s|%s|%n", "-".repeat(widths[0] + 2), "-".repeat(widths[1] + 2),
                "-".repeat(widths[2] + 1) + ":", "-".repeat(widths[3] + 2));
        for (Row row : rows) {
            out.printf(format, row.metric, row.target, row.measured, row.met);
        }
    }
}
