package org.acd.server.demo;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.acd.simulator.emulator.LedgerCall;
import org.acd.simulator.emulator.LiveCall;

/**
 * The emulator's ledger (what its callers went through on the wire) matched call by call with the
 * outcomes journal (what the server decided). A caller bridged to an agent is answered in the
 * journal; one who hung up while holding is abandoned there, unless an agent picked up in the same
 * moment (answered, then ended by the caller before the bridge); one the server sent away timed
 * out or left for an exit; one still on the line is still waiting or still talking; one who never
 * got past the menu is not in the journal at all. Built once, on the thread that stops the demo.
 */
final class LedgerReconciliation {

    /** How many mismatches are printed; the count says how many there were. */
    private static final int MISMATCHES_SHOWN = 10;

    private final long placed;
    private final long bridged;
    private final long hungUpHolding;
    private final long hungUpAsAnswered;
    private final long sentAway;
    private final long leftInMenu;
    private final long stillHolding;
    private final long stillTalking;
    private final long stillInMenu;
    private final List<String> mismatches = new ArrayList<>();

    private LedgerReconciliation(JournalSummary journal, List<LedgerCall> ended, List<LiveCall> live) {
        placed = ended.size() + live.size();
        Set<Long> seen = new HashSet<>();
        long bridgedCount = 0;
        long holdingCount = 0;
        long asAnsweredCount = 0;
        long sentAwayCount = 0;
        long menuCount = 0;
        for (LedgerCall call : ended) {
            seen.add(call.acdCallId());
            switch (call.outcome()) {
                case ANSWERED -> {
                    bridgedCount++;
                    expect(journal.answeredCalls().contains(call.acdCallId()), call.acdCallId(),
                            "bridged to an agent, not answered in the journal");
                }
                case ABANDONED -> {
                    if (journal.answeredCalls().contains(call.acdCallId())) {
                        asAnsweredCount++;
                        expect(journal.callsEndedByCaller().contains(call.acdCallId()), call.acdCallId(),
                                "hung up holding, answered in the journal but not ended by the caller");
                    } else {
                        holdingCount++;
                        expect(journal.abandonedCalls().contains(call.acdCallId()), call.acdCallId(),
                                "hung up holding, not abandoned in the journal");
                    }
                }
                case EXITED -> {
                    sentAwayCount++;
                    expect(journal.exitedCalls().contains(call.acdCallId()), call.acdCallId(),
                            "sent away by the server, not timed out or sent away in the journal");
                }
                case LEFT_IN_MENU -> {
                    menuCount++;
                    expect(!journal.offeredCalls().contains(call.acdCallId()), call.acdCallId(),
                            "left in the menu, yet queued in the journal");
                }
            }
        }
        long holdingNow = 0;
        long talkingNow = 0;
        long menuNow = 0;
        for (LiveCall call : live) {
            seen.add(call.acdCallId());
            if (call.bridged()) {
                talkingNow++;
                expect(journal.connectedCalls().contains(call.acdCallId()), call.acdCallId(),
                        "talking to an agent at the end, not still connected in the journal");
            } else if (call.acdCallId() >= 0) {
                holdingNow++;
                expect(journal.isStillWaiting(call.acdCallId()), call.acdCallId(),
                        "holding at the end, not still waiting in the journal");
            } else {
                menuNow++;
            }
        }
        for (long callId : journal.offeredCalls()) {
            expect(seen.contains(callId), callId, "queued in the journal, never placed by the emulator");
        }
        bridged = bridgedCount;
        hungUpHolding = holdingCount;
        hungUpAsAnswered = asAnsweredCount;
        sentAway = sentAwayCount;
        leftInMenu = menuCount;
        stillHolding = holdingNow;
        stillTalking = talkingNow;
        stillInMenu = menuNow;
    }

    /** Matches every call of the ledger, ended or still live, with the journal. */
    static LedgerReconciliation of(JournalSummary journal, List<LedgerCall> ended, List<LiveCall> live) {
        return new LedgerReconciliation(journal, ended, live);
    }

    /** True when every call placed is in the journal as what its caller went through, and no other is. */
    boolean reconciled() {
        return mismatches.isEmpty();
    }

    List<String> mismatches() {
        return List.copyOf(mismatches);
    }

    long callsPlaced() {
        return placed;
    }

    /**
     * Callers who talked to an agent, finished or not; the journal's answered calls are these and
     * {@link #hungUpAsAnswered}.
     */
    long talkedToAgent() {
        return bridged + stillTalking;
    }

    /** Callers who hung up holding: the journal's abandoned calls. */
    long hungUpHolding() {
        return hungUpHolding;
    }

    /** Callers who hung up just as an agent picked up: answered in the journal, ended by the caller. */
    long hungUpAsAnswered() {
        return hungUpAsAnswered;
    }

    void printTo(PrintWriter out) {
        out.printf(Locale.ROOT, "  callers placed               %5d%n", placed);
        out.printf(Locale.ROOT, "  talked to an agent           %5d   answered in the journal (%d still talking)%n",
                bridged + stillTalking, stillTalking);
        out.printf(Locale.ROOT, "  hung up while holding        %5d   abandoned in the journal%n", hungUpHolding);
        if (hungUpAsAnswered > 0) {
            out.printf(Locale.ROOT, "  hung up as an agent answered %5d   answered in the journal, ended by the caller%n",
                    hungUpAsAnswered);
        }
        out.printf(Locale.ROOT, "  sent away by the server      %5d   timed out or sent away in the journal%n",
                sentAway);
        out.printf(Locale.ROOT, "  still holding at the end     %5d   still waiting in the journal%n", stillHolding);
        out.printf(Locale.ROOT, "  in the menu, never queued    %5d   not in the journal%n", leftInMenu + stillInMenu);
        if (reconciled()) {
            out.println("  every call accounted for: the ledger and the journal agree on each one");
        } else {
            out.printf(Locale.ROOT, "  NOT RECONCILED: %d calls disagree%n", mismatches.size());
            mismatches.stream().limit(MISMATCHES_SHOWN).forEach(mismatch -> out.println("    " + mismatch));
        }
        out.flush();
    }

    private void expect(boolean agrees, long callId, String otherwise) {
        if (!agrees) {
            mismatches.add("call " + callId + ": " + otherwise);
        }
    }
}
