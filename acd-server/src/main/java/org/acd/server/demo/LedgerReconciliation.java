package org.acd.server.demo;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.acd.ivr.IvrExit;
import org.acd.simulator.emulator.LedgerCall;
import org.acd.simulator.emulator.LiveCall;

/**
 * The emulator's ledger (what its callers went through on the wire) matched call by call with the
 * outcomes journal (what the server decided). A caller bridged to an agent is answered in the
 * journal; one who hung up while holding is abandoned there, unless an agent picked up in the same
 * moment (answered, then ended by the caller before the bridge); one the server sent away timed
 * out or left for an exit; one still on the line is still waiting or still talking; one who never
 * got past the IVR is not in the outcomes journal at all, but in the IVR journal: one the IVR hung up
 * on ended there contained (self-service done) or hung up by the flow, one who hung up there left it
 * as the caller's hang-up, one still in it has not left it. The emulator learns a call's id only when
 * the call queues, so the calls that never queued are matched by caller number: for each number, the
 * emulator's and the IVR journal's such calls must come to the same count of each ending (call by call
 * where the number is the caller's own, as it is for every caller the directory does not know). Built
 * once, on the thread that stops the demo.
 */
final class LedgerReconciliation {

    /** How many mismatches are printed; the count says how many there were. */
    private static final int MISMATCHES_SHOWN = 10;

    private final long placed;
    private final long bridged;
    private final long hungUpHolding;
    private final long hungUpAsAnswered;
    private final long sentAway;
    private final long endedByIvr;
    private final long hungUpInIvr;
    private final long stillHolding;
    private final long stillTalking;
    private final long stillInIvr;
    private final long containedInIvr;
    private final List<String> mismatches = new ArrayList<>();

    /** How a call that never queued ended, as both sides can tell. */
    private enum Unqueued { ENDED_BY_IVR, CALLER_HUNG_UP, STILL_IN_IVR, OTHER }

    private LedgerReconciliation(JournalSummary journal, IvrJournalCalls ivr, List<LedgerCall> ended,
                                 List<LiveCall> live) {
        placed = ended.size() + live.size();
        Set<Long> seen = new HashSet<>();
        long bridgedCount = 0;
        long holdingCount = 0;
        long asAnsweredCount = 0;
        long sentAwayCount = 0;
        Map<String, List<Unqueued>> emulatorUnqueued = new HashMap<>();
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
                case ENDED_BY_IVR -> unqueued(emulatorUnqueued, call.callerNumber(), Unqueued.ENDED_BY_IVR);
                case LEFT_IN_MENU -> unqueued(emulatorUnqueued, call.callerNumber(), Unqueued.CALLER_HUNG_UP);
            }
        }
        long holdingNow = 0;
        long talkingNow = 0;
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
                unqueued(emulatorUnqueued, call.callerNumber(), Unqueued.STILL_IN_IVR);
            }
        }
        for (long callId : journal.offeredCalls()) {
            expect(seen.contains(callId), callId, "queued in the journal, never placed by the emulator");
        }
        Map<String, List<Unqueued>> ivrUnqueued = new HashMap<>();
        long containedCount = 0;
        for (IvrJournalCalls.IvrCall call : ivr.calls()) {
            if (!journal.offeredCalls().contains(call.callId())) {
                unqueued(ivrUnqueued, call.callerNumber(), unqueued(call));
                containedCount += call.exit().filter(IvrExit.CONTAINED::equals).isPresent() ? 1 : 0;
            }
        }
        compareUnqueued(emulatorUnqueued, ivrUnqueued);
        bridged = bridgedCount;
        hungUpHolding = holdingCount;
        hungUpAsAnswered = asAnsweredCount;
        sentAway = sentAwayCount;
        endedByIvr = count(emulatorUnqueued, Unqueued.ENDED_BY_IVR);
        hungUpInIvr = count(emulatorUnqueued, Unqueued.CALLER_HUNG_UP);
        stillInIvr = count(emulatorUnqueued, Unqueued.STILL_IN_IVR);
        containedInIvr = containedCount;
        stillHolding = holdingNow;
        stillTalking = talkingNow;
    }

    /** Matches every call of the ledger, ended or still live, with the outcomes and IVR journals. */
    static LedgerReconciliation of(JournalSummary journal, IvrJournalCalls ivr, List<LedgerCall> ended,
                                   List<LiveCall> live) {
        return new LedgerReconciliation(journal, ivr, ended, live);
    }

    private static Unqueued unqueued(IvrJournalCalls.IvrCall call) {
        if (call.exit().isEmpty()) {
            return Unqueued.STILL_IN_IVR;
        }
        return switch (call.exit().get()) {
            case CONTAINED, FLOW_HUNG_UP -> Unqueued.ENDED_BY_IVR;
            case CALLER_HUNG_UP -> Unqueued.CALLER_HUNG_UP;
            default -> Unqueued.OTHER;
        };
    }

    private static void unqueued(Map<String, List<Unqueued>> byNumber, String number, Unqueued ending) {
        byNumber.computeIfAbsent(number, key -> new ArrayList<>()).add(ending);
    }

    private static long count(Map<String, List<Unqueued>> byNumber, Unqueued ending) {
        return byNumber.values().stream().flatMap(List::stream).filter(ending::equals).count();
    }

    /** Per caller number, the emulator's and the IVR journal's calls that never queued, ending by ending. */
    private void compareUnqueued(Map<String, List<Unqueued>> emulator, Map<String, List<Unqueued>> ivr) {
        Set<String> numbers = new HashSet<>(emulator.keySet());
        numbers.addAll(ivr.keySet());
        for (String number : numbers) {
            for (Unqueued ending : Unqueued.values()) {
                long placed = emulator.getOrDefault(number, List.of()).stream().filter(ending::equals).count();
                long journaled = ivr.getOrDefault(number, List.of()).stream().filter(ending::equals).count();
                if (placed != journaled) {
                    mismatches.add("caller " + number + ": " + placed + " calls " + describe(ending)
                            + " by the emulator's ledger, " + journaled + " in the IVR journal");
                }
            }
        }
    }

    private static String describe(Unqueued ending) {
        return switch (ending) {
            case ENDED_BY_IVR -> "hung up on by the IVR";
            case CALLER_HUNG_UP -> "hung up in the IVR";
            case STILL_IN_IVR -> "still in the IVR";
            case OTHER -> "sent elsewhere by the IVR without queueing";
        };
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

    /** Callers the IVR hung up on without queueing them; {@link #containedInIvr} of them were self-served. */
    long endedByIvr() {
        return endedByIvr;
    }

    /** Calls the IVR journal has as contained: ended in the IVR after a successful self-service step. */
    long containedInIvr() {
        return containedInIvr;
    }

    /** Callers who hung up in the IVR, before it queued them. */
    long hungUpInIvr() {
        return hungUpInIvr;
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
        out.printf(Locale.ROOT, "  hung up on by the IVR        %5d   in the IVR journal: %d contained (self-service), %d hung up by"
                + " the flow%n", endedByIvr, containedInIvr, endedByIvr - containedInIvr);
        out.printf(Locale.ROOT, "  hung up in the IVR           %5d   the caller's hang-up in the IVR journal%n", hungUpInIvr);
        out.printf(Locale.ROOT, "  still in the IVR at the end  %5d   not left the IVR in its journal%n", stillInIvr);
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
