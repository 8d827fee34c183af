package org.acd.core.reporting;

import java.util.Map;
import java.util.TreeMap;
import org.acd.core.api.AgentState;
import org.acd.core.api.CallState;
import org.acd.core.api.ExitAction;
import org.acd.core.api.ExitReason;
import org.acd.core.api.Party;
import org.acd.core.api.RoutingOutcomes;
import org.acd.core.journal.JournaledOutcomes;
import org.agrona.collections.Long2ObjectHashMap;
import org.agrona.collections.LongHashSet;

/**
 * Computes the KPIs of DESIGN.md, overall and per tier, from the engine's outcome stream: fed live
 * as a {@link RoutingOutcomes} sink, or by a Chronicle {@code methodReader} over the outcomes
 * journal ({@link JournalKpis}). Only calls that entered a queue at or after {@code countFromMs} are
 * counted, so a simulation's warm-up or an earlier day stays out of the figures.
 *
 * <p>The tier of a call is known only when it enters a queue, so it is remembered until the call
 * ends. A call moved to another queue is offered once. Not thread-safe: one thread feeds it (the
 * engine thread, a simulation's thread or a journal reader) and reads {@link #summary()} afterwards.
 */
public final class KpiCalculator implements JournaledOutcomes {

    private final KpiThresholds thresholds;
    private final long countFromMs;
    private final KpiTally overall;
    private final Map<String, KpiTally> byTier = new TreeMap<>();
    /** Calls in progress that count, with their tier's tally. */
    private final Long2ObjectHashMap<KpiTally> liveCalls = new Long2ObjectHashMap<>();
    /** Calls in progress that entered before {@code countFromMs}. */
    private final LongHashSet uncountedCalls = new LongHashSet();

    public KpiCalculator(KpiThresholds thresholds, long countFromMs) {
        this.thresholds = thresholds;
        this.countFromMs = countFromMs;
        this.overall = new KpiTally(thresholds);
    }

    /** The journal's header naming the event behind the outcomes that follow; KPIs do not need it. */
    @Override
    public void causedBy(long eventIndex) {
        // read from the journal and dropped
    }

    /** Counts every call. */
    public KpiCalculator(KpiThresholds thresholds) {
        this(thresholds, Long.MIN_VALUE);
    }

    public KpiSummary summary() {
        Map<String, KpiReport> tiers = new TreeMap<>();
        byTier.forEach((tier, tally) -> tiers.put(tier, tally.report()));
        return new KpiSummary(overall.report(), tiers);
    }

    @Override
    public void callEnteredQueue(long nowMs, long callId, String queueId, String tierId, int position) {
        if (liveCalls.containsKey(callId) || uncountedCalls.contains(callId)) {
            return;
        }
        if (nowMs < countFromMs) {
            uncountedCalls.add(callId);
            return;
        }
        KpiTally tier = byTier.computeIfAbsent(tierId, id -> new KpiTally(thresholds));
        liveCalls.put(callId, tier);
        overall.offered();
        tier.offered();
    }

    @Override
    public void callOffered(long nowMs, long callId, String queueId, String agentId) {
        // Offers do not change the call KPIs; their endings do.
    }

    @Override
    public void callAnswered(long nowMs, long callId, String queueId, String agentId, long waitMs) {
        KpiTally tier = liveCalls.get(callId);
        if (tier != null) {
            overall.answered(waitMs);
            tier.answered(waitMs);
        }
        end(callId);
    }

    @Override
    public void callCompleted(long nowMs, long callId, String queueId, String agentId, long talkMs, Party endedBy) {
        // The call was counted when answered.
    }

    @Override
    public void callAbandoned(long nowMs, long callId, String queueId, long waitMs, int position,
                              boolean whileRinging) {
        KpiTally tier = liveCalls.get(callId);
        if (tier != null) {
            overall.abandoned(waitMs);
            tier.abandoned(waitMs);
        }
        end(callId);
    }

    @Override
    public void callExited(long nowMs, long callId, String queueId, long waitMs, CallState finalState,
                           ExitReason reason, ExitAction action, String target) {
        KpiTally tier = liveCalls.get(callId);
        if (tier != null) {
            if (finalState == CallState.TIMED_OUT) {
                overall.timedOut();
                tier.timedOut();
            } else {
                overall.overflowed();
                tier.overflowed();
            }
        }
        end(callId);
    }

    @Override
    public void callOverflowed(long nowMs, long callId, String fromQueueId, String toQueueId, ExitReason reason) {
        // A move keeps the call in progress; it enters the next queue without being offered again.
    }

    @Override
    public void ringNoAnswer(long nowMs, long callId, String queueId, String agentId, long ringMs) {
        // Agent figure, not a call KPI.
    }

    @Override
    public void agentStateChanged(long nowMs, String agentId, AgentState state, String reason) {
        // Agent figure, not a call KPI.
    }

    @Override
    public void eventRejected(long nowMs, String reason) {
        // A rejected event changed nothing.
    }

    private void end(long callId) {
        liveCalls.remove(callId);
        uncountedCalls.remove(callId);
    }
}
