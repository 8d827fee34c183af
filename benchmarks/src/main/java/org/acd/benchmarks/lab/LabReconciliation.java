package org.acd.benchmarks.lab;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * SIPp's ledger of a lab load run against the server's journal report, count by count: offered =
 * callers placed minus calls that ended in the IVR without queueing, answered = calls the agents'
 * phones answered, abandoned = the rest. Every count must be equal; each that is not is named with
 * both figures. SIPp's own books must balance too: every caller placed ended, by Asterisk's BYE or
 * its own. Stateless once built.
 */
final class LabReconciliation {

    private final SippLedger ledger;
    private final long containedInIvr;
    private final JournalCounts journal;
    private final List<String> differences = new ArrayList<>();

    private LabReconciliation(SippLedger ledger, long containedInIvr, JournalCounts journal) {
        this.ledger = ledger;
        this.containedInIvr = containedInIvr;
        this.journal = journal;
    }

    /**
     * @param containedInIvr calls that ended in the IVR and never queued (0 when the config has no IVR)
     */
    static LabReconciliation of(SippLedger ledger, long containedInIvr, JournalCounts journal) {
        LabReconciliation reconciliation = new LabReconciliation(ledger, containedInIvr, journal);
        reconciliation.compare();
        return reconciliation;
    }

    long offered() {
        return ledger.placed() - containedInIvr;
    }

    long abandoned() {
        return offered() - ledger.answeredByAgents();
    }

    private void compare() {
        if (ledger.unended() != 0) {
            differences.add("SIPp: " + ledger.placed() + " callers placed, but " + ledger.endedByAsterisk()
                    + " got a BYE and " + ledger.hungUpByCaller() + " hung up themselves (" + ledger.unended()
                    + " rejected or still in a call)");
        }
        differ("offered", offered(), journal.offered());
        differ("answered", ledger.answeredByAgents(), journal.answered());
        differ("abandoned", abandoned(), journal.abandoned());
        if (journal.leftOtherwise() != 0) {
            differences.add("journal: " + journal.leftOtherwise() + " calls timed out or overflowed, which no lab"
                    + " caller does");
        }
        if (journal.open() != 0) {
            differences.add("journal: " + journal.open() + " offered calls neither answered nor abandoned");
        }
    }

    private void differ(String count, long sipp, long journalCount) {
        if (sipp != journalCount) {
            differences.add(count + ": SIPp " + sipp + ", journal " + journalCount
                    + " (" + (journalCount > sipp ? "+" : "") + (journalCount - sipp) + " in the journal)");
        }
    }

    boolean passed() {
        return differences.isEmpty();
    }

    List<String> differences() {
        return List.copyOf(differences);
    }

    void printTo(PrintStream out) {
        out.println("SIPp: " + ledger.placed() + " callers placed, " + ledger.endedByAsterisk() + " got Asterisk's BYE, "
                + ledger.hungUpByCaller() + " hung up themselves; agents' phones answered " + ledger.answeredByAgents()
                + (containedInIvr == 0 ? "" : "; " + containedInIvr + " contained in the IVR"));
        out.printf(Locale.ROOT, "  %-10s %7s %7s%n", "", "SIPp", "journal");
        row(out, "offered", offered(), journal.offered());
        row(out, "answered", ledger.answeredByAgents(), journal.answered());
        row(out, "abandoned", abandoned(), journal.abandoned());
        if (passed()) {
            out.println("reconciliation: PASSED, every count equal");
        } else {
            out.println("reconciliation: FAILED");
            differences.forEach(difference -> out.println("  " + difference));
        }
    }

    private static void row(PrintStream out, String label, long sipp, long journal) {
        out.printf(Locale.ROOT, "  %-10s %7d %7d%s%n", label, sipp, journal, sipp == journal ? "" : "   <-");
    }
}
