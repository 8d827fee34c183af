package org.acd.simulator.load;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.acd.core.api.Party;
import org.acd.simulator.emulator.CallerOutcome;
import org.acd.simulator.emulator.LedgerCall;
import org.acd.simulator.load.JournalCalls.Ending;

/**
 * The emulator's ledger of what callers went through, checked call by call against the ACD's
 * outcomes journal. A call agrees when the journal ended it once, the way the caller experienced it:
 * bridged = answered (and completed), hung up while holding = abandoned, sent away = exited, left in
 * the menu = never queued. One case reads differently on both sides and still agrees: a caller who
 * hangs up after the agent picked up but before the bridge is an abandon to the caller and an
 * answered call, completed by the caller, to the ACD; it is counted as answered, and shown apart.
 * Every call of the journal must be one of the ledger's, and no call may still be live. Stateless
 * once built.
 */
public final class Reconciliation {

    private static final int MISMATCHES_SHOWN = 20;

    private final List<String> mismatches = new ArrayList<>();
    private long lost;
    private long duplicated;
    private long ledgerQueued;
    private long bridged;
    private long hungUpHolding;
    private long hungUpBeforeBridge;
    private long sentAway;
    private long leftInMenu;
    private long journalQueued;
    private long journalAnswered;
    private long journalAbandoned;
    private long journalExited;

    private Reconciliation() {
    }

    /**
     * @param ledger     every call the emulator's callers ended
     * @param stillLive  calls placed and not ended when the run stopped waiting for them
     * @param journal    the journal's calls that entered a queue since the run started
     */
    public static Reconciliation of(List<LedgerCall> ledger, long stillLive, JournalCalls journal) {
        Reconciliation reconciliation = new Reconciliation();
        reconciliation.compare(ledger, stillLive, journal.calls());
        return reconciliation;
    }

    private void compare(List<LedgerCall> ledger, long stillLive, Map<Long, JournalCalls.Call> journal) {
        if (stillLive > 0) {
            lost += stillLive;
            mismatches.add(stillLive + " calls were still live when the run stopped waiting for them");
        }
        Set<Long> seen = new HashSet<>();
        for (LedgerCall call : ledger) {
            if (call.acdCallId() < 0) {
                compareUnqueued(call);
            } else if (!seen.add(call.acdCallId())) {
                duplicated++;
                mismatches.add("call " + call.acdCallId() + " (caller " + call.callerNumber()
                        + "): the emulator holds two calls with this ACD call id");
            } else {
                compareQueued(call, journal.get(call.acdCallId()));
            }
        }
        journal.forEach((callId, facts) -> {
            journalQueued++;
            facts.endings.forEach(ending -> {
                switch (ending) {
                    case ANSWERED -> journalAnswered++;
                    case ABANDONED -> journalAbandoned++;
                    case EXITED -> journalExited++;
                }
            });
            if (!seen.contains(callId)) {
                mismatches.add("call " + callId + ": in the journal (" + describe(facts)
                        + "), but none of the emulator's callers had it");
            }
        });
    }

    private void compareUnqueued(LedgerCall call) {
        if (call.outcome() == CallerOutcome.LEFT_IN_MENU) {
            leftInMenu++;
        } else {
            mismatches.add("caller " + call.callerNumber() + ": " + call.outcome()
                    + " in the emulator, but the ACD never gave it a call id");
        }
    }

    private void compareQueued(LedgerCall call, JournalCalls.Call facts) {
        CallerOutcome outcome = call.outcome();
        if (outcome == CallerOutcome.LEFT_IN_MENU) {
            leftInMenu++;
            if (facts != null) {
                mismatch(call, facts, "the caller left in the menu, yet the call entered a queue");
            }
            return;
        }
        ledgerQueued++;
        switch (outcome) {
            case ANSWERED -> bridged++;
            case ABANDONED -> hungUpHolding++;
            default -> sentAway++;
        }
        if (facts == null) {
            lost++;
            mismatch(call, null, "the journal has no queue entry for it");
        } else if (facts.endings.size() != 1) {
            if (facts.endings.isEmpty()) {
                lost++;
            } else {
                duplicated++;
            }
            mismatch(call, facts, facts.endings.isEmpty() ? "the journal never ended it"
                    : "the journal ended it " + facts.endings.size() + " times");
        } else if (!agrees(outcome, facts)) {
            mismatch(call, facts, "they disagree");
        }
    }

    private boolean agrees(CallerOutcome outcome, JournalCalls.Call facts) {
        Ending ending = facts.endings.get(0);
        return switch (outcome) {
            case ANSWERED -> ending == Ending.ANSWERED && facts.completedBy != null;
            case ABANDONED -> ending == Ending.ABANDONED || answeredThenLeftBeforeBridge(ending, facts);
            case EXITED -> ending == Ending.EXITED;
            case LEFT_IN_MENU, ENDED_BY_IVR -> false;
        };
    }

    private boolean answeredThenLeftBeforeBridge(Ending ending, JournalCalls.Call facts) {
        if (ending == Ending.ANSWERED && facts.completedBy == Party.CALLER) {
            hungUpBeforeBridge++;
            return true;
        }
        return false;
    }

    private void mismatch(LedgerCall call, JournalCalls.Call facts, String why) {
        mismatches.add("call " + call.acdCallId() + " (caller " + call.callerNumber() + "): " + call.outcome()
                + " in the emulator, " + (facts == null ? "absent" : describe(facts)) + " in the journal: " + why);
    }

    private static String describe(JournalCalls.Call facts) {
        String endings = facts.endings.isEmpty() ? "not ended" : facts.endings.toString().toLowerCase(Locale.ROOT);
        return facts.endings.contains(Ending.ANSWERED)
                ? endings + (facts.completedBy == null ? ", not completed"
                        : ", completed by the " + facts.completedBy.name().toLowerCase(Locale.ROOT))
                : endings;
    }

    /** True when every call agrees and none is missing, extra or live. */
    public boolean passed() {
        return mismatches.isEmpty();
    }

    /** Calls a caller made that the journal lacks, never ended, or that were still live at the end. */
    public long lost() {
        return lost;
    }

    /** Calls the journal ended more than once, or that two callers held. */
    public long duplicated() {
        return duplicated;
    }

    public List<String> mismatches() {
        return List.copyOf(mismatches);
    }

    /** Answered as the journal counts them: bridged, and hung up between the agent's answer and the bridge. */
    public long ledgerAnswered() {
        return bridged + hungUpBeforeBridge;
    }

    /** Abandoned as the journal counts them: hung up while holding, before any agent answered. */
    public long ledgerAbandoned() {
        return hungUpHolding - hungUpBeforeBridge;
    }

    public long journalAnswered() {
        return journalAnswered;
    }

    public long journalAbandoned() {
        return journalAbandoned;
    }

    public void printTo(PrintWriter out) {
        out.println("reconciliation, the emulator's ledger against the server's outcomes journal:");
        out.printf(Locale.ROOT, "  %-22s %9s %9s%n", "", "emulator", "journal");
        row(out, "calls queued", ledgerQueued, journalQueued);
        row(out, "answered", ledgerAnswered(), journalAnswered);
        row(out, "abandoned", ledgerAbandoned(), journalAbandoned);
        row(out, "sent away (exits)", sentAway, journalExited);
        out.printf(Locale.ROOT, "  %-22s %9d %9s%n", "left in the menu", leftInMenu, "-");
        if (hungUpBeforeBridge > 0) {
            out.println("  (" + hungUpBeforeBridge + " callers hung up after their agent answered, before the bridge:"
                    + " answered and completed by the caller to the server, counted as answered on both sides)");
        }
        if (passed()) {
            out.println("  result: PASSED, every call accounted for, each ended the same way on both sides");
        } else {
            out.println("  result: FAILED, " + mismatches.size() + " mismatches:");
            mismatches.stream().limit(MISMATCHES_SHOWN).forEach(line -> out.println("    " + line));
            if (mismatches.size() > MISMATCHES_SHOWN) {
                out.println("    ... and " + (mismatches.size() - MISMATCHES_SHOWN) + " more");
            }
        }
        out.flush();
    }

    private static void row(PrintWriter out, String label, long emulator, long journal) {
        out.printf(Locale.ROOT, "  %-22s %9d %9d%s%n", label, emulator, journal, emulator == journal ? "" : "   <-");
    }
}
