package org.acd.server.chaos;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * Prints {@code acd chaos}'s table, a row at a time as each scenario ends: the calls offered and how
 * the journal ended them, those lost or counted twice, and the time to recover; a scenario that
 * could not run prints FAILED with its reason. Used on the command's thread.
 */
final class ChaosTable {

    private static final String FORMAT = "%-32s %8s %8s %9s %5s %10s %9s  %s%n";

    private final PrintWriter out;

    ChaosTable(PrintWriter out) {
        this.out = out;
    }

    void header() {
        out.printf(Locale.ROOT, FORMAT, "scenario", "offered", "answered", "abandoned", "lost", "duplicated",
                "recovery", "note");
        out.flush();
    }

    void row(ChaosRow row) {
        out.printf(Locale.ROOT, FORMAT, row.scenario(), row.offered(), row.answered(), row.abandoned(), row.lost(),
                row.duplicated(), row.timeToRecover().toMillis() + " ms", row.note());
        out.flush();
    }

    void failed(String scenario, String reason) {
        out.printf(Locale.ROOT, FORMAT, scenario, "-", "-", "-", "-", "-", "-", "FAILED: " + reason);
        out.flush();
    }
}
