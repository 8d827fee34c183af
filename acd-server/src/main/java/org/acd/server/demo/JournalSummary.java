package org.acd.server.demo;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import net.openhft.chronicle.queue.ExcerptTailer;
import org.acd.core.api.AgentState;
import org.acd.core.api.CallState;
import org.acd.core.api.CallbackFailure;
import org.acd.core.api.ExitAction;
import org.acd.core.api.ExitReason;
import org.acd.core.api.Party;
import org.acd.core.journal.Journal;
import org.acd.core.journal.JournalDurability;
import org.acd.core.journal.JournaledOutcomes;
import org.acd.core.journal.SkippingReader;

/**
 * The demo's closing figures, counted from the outcomes journal alone: what the engine decided, not
 * what the emulated callers went through (that is {@link LedgerReconciliation}'s side). Every call
 * that entered a queue either reached an agent, was abandoned, left without an agent (timed out,
 * sent to voicemail) or was still waiting when the demo stopped. Built and read on one thread.
 */
final class JournalSummary implements JournaledOutcomes {

    private final Set<Long> offered = new HashSet<>();
    /** Calls that reached an agent, were abandoned, or left without one. */
    private final Set<Long> ended = new HashSet<>();
    private final Set<Long> connected = new HashSet<>();
    private final Set<Long> answeredCalls = new HashSet<>();
    private final Set<Long> abandonedCalls = new HashSet<>();
    private final Set<Long> exitedCalls = new HashSet<>();
    /** Answered calls whose caller ended the conversation. */
    private final Set<Long> endedByCaller = new HashSet<>();
    private long answeredWaitMs;
    private long abandonedWhileRinging;
    private long moves;
    private long ringNoAnswers;
    private long rejected;
    private long endedTwice;

    /** Reads the whole outcomes journal under {@code journalDirectory}. */
    public static JournalSummary readFrom(Path journalDirectory) {
        JournalSummary summary = new JournalSummary();
        try (Journal journal = new Journal(journalDirectory, JournalDurability.PAGE_CACHE)) {
            ExcerptTailer tailer = journal.outcomeTailer();
            new SkippingReader("outcomes", tailer, tailer.methodReader(summary)).readAll();
        }
        return summary;
    }

    /** Distinct calls that entered a queue; a call moved to another queue counts once. */
    public long callsOffered() {
        return offered.size();
    }

    public long callsAnswered() {
        return answeredCalls.size();
    }

    public long callsAbandoned() {
        return abandonedCalls.size();
    }

    /** Calls that left queueing without an agent: max wait, queue full, no agents, overflow out. */
    public long callsExited() {
        return exitedCalls.size();
    }

    /** Offered calls with no ending in the journal: queued or ringing when the demo stopped. */
    public long callsStillWaiting() {
        return offered.stream().filter(callId -> !ended.contains(callId)).count();
    }

    /** True when the call entered a queue and has no ending in the journal. */
    boolean isStillWaiting(long callId) {
        return offered.contains(callId) && !ended.contains(callId);
    }

    Set<Long> offeredCalls() {
        return Collections.unmodifiableSet(offered);
    }

    Set<Long> answeredCalls() {
        return Collections.unmodifiableSet(answeredCalls);
    }

    Set<Long> abandonedCalls() {
        return Collections.unmodifiableSet(abandonedCalls);
    }

    Set<Long> exitedCalls() {
        return Collections.unmodifiableSet(exitedCalls);
    }

    /** Answered calls not completed: still talking when the demo stopped. */
    Set<Long> connectedCalls() {
        return Collections.unmodifiableSet(connected);
    }

    /** Answered calls completed by the caller hanging up. */
    Set<Long> callsEndedByCaller() {
        return Collections.unmodifiableSet(endedByCaller);
    }

    /** Answered calls not completed yet: agent and caller still talking when the demo stopped. */
    public long callsStillConnected() {
        return connected.size();
    }

    /** Calls with more than one ending (say, answered and abandoned); 0 unless the engine is wrong. */
    public long callsEndedTwice() {
        return endedTwice;
    }

    public long ringNoAnswers() {
        return ringNoAnswers;
    }

    public long eventsRejected() {
        return rejected;
    }

    /** Mean wait of answered calls from queue entry to answer (ASA), 0 when none was answered. */
    public long averageAnswerWaitMs() {
        return answeredCalls.isEmpty() ? 0 : answeredWaitMs / answeredCalls.size();
    }

    public void printTo(PrintWriter out) {
        out.printf(Locale.ROOT, "  calls offered            %5d%n", callsOffered());
        out.printf(Locale.ROOT, "  answered                 %5d   average wait %s (%d still talking at the end)%n",
                callsAnswered(), ElapsedTime.seconds(averageAnswerWaitMs()), callsStillConnected());
        out.printf(Locale.ROOT, "  abandoned                %5d   (%d while an agent's phone rang)%n",
                callsAbandoned(), abandonedWhileRinging);
        out.printf(Locale.ROOT, "  timed out or sent away   %5d%n", callsExited());
        out.printf(Locale.ROOT, "  still waiting at the end %5d%n", callsStillWaiting());
        out.printf(Locale.ROOT, "  moved between queues     %5d%n", moves);
        out.printf(Locale.ROOT, "  ring-no-answer (RONA)    %5d%n", ringNoAnswers);
        out.printf(Locale.ROOT, "  events rejected          %5d%n", rejected);
        if (endedTwice > 0) {
            out.printf(Locale.ROOT, "  WARNING: %d calls have two endings in the journal%n", endedTwice);
        }
        out.flush();
    }

    @Override
    public void callbackRequested(long nowMs, long callId, String queueId, long waitMs, int position) {
        // The demo's callers never ask for one; a callback still ends as answered or failed.
    }

    @Override
    public void callbackAttempted(long nowMs, long callId, String queueId, String agentId, int attempt) {
        // Steps of a callback; it ends as answered or failed.
    }

    @Override
    public void callbackAnswered(long nowMs, long callId, String queueId, String agentId, int attempt) {
        // Steps of a callback; it ends as answered or failed.
    }

    @Override
    public void callbackAttemptFailed(long nowMs, long callId, String queueId, String agentId, int attempt,
                                      CallbackFailure reason, long retryAtMs) {
        // Steps of a callback; it ends as answered or failed.
    }

    @Override
    public void callbackFailed(long nowMs, long callId, String queueId, long waitMs, int attempts) {
        end(callId);
        exitedCalls.add(callId);
    }

    @Override
    public void causedBy(long eventIndex) {
        // Which event caused an outcome does not change the count.
    }

    @Override
    public void callEnteredQueue(long nowMs, long callId, String queueId, String tierId, int position) {
        offered.add(callId);
    }

    @Override
    public void callOffered(long nowMs, long callId, String queueId, String agentId) {
        // Offers are counted through their endings: answered, abandoned while ringing, or RONA.
    }

    @Override
    public void callAnswered(long nowMs, long callId, String queueId, String agentId, long waitMs) {
        end(callId);
        connected.add(callId);
        answeredCalls.add(callId);
        answeredWaitMs += waitMs;
    }

    @Override
    public void callCompleted(long nowMs, long callId, String queueId, String agentId, long talkMs, Party endedBy) {
        connected.remove(callId);
        if (endedBy == Party.CALLER) {
            endedByCaller.add(callId);
        }
    }

    @Override
    public void callAbandoned(long nowMs, long callId, String queueId, long waitMs, int position,
                              boolean whileRinging) {
        end(callId);
        abandonedCalls.add(callId);
        if (whileRinging) {
            abandonedWhileRinging++;
        }
    }

    @Override
    public void callExited(long nowMs, long callId, String queueId, long waitMs, CallState finalState,
                           ExitReason reason, ExitAction action, String target) {
        end(callId);
        exitedCalls.add(callId);
    }

    @Override
    public void callOverflowed(long nowMs, long callId, String fromQueueId, String toQueueId, ExitReason reason) {
        moves++;
    }

    @Override
    public void ringNoAnswer(long nowMs, long callId, String queueId, String agentId, long ringMs) {
        ringNoAnswers++;
    }

    @Override
    public void agentStateChanged(long nowMs, String agentId, AgentState state, String reason) {
        // Agents' states are not part of the call figures.
    }

    @Override
    public void eventRejected(long nowMs, String reason) {
        rejected++;
    }

    private void end(long callId) {
        if (!ended.add(callId)) {
            endedTwice++;
        }
    }
}
