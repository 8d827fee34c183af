package org.acd.core.reporting;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.acd.core.api.AgentState;
import org.acd.core.api.CallState;
import org.acd.core.api.CallbackFailure;
import org.acd.core.api.ExitAction;
import org.acd.core.api.ExitReason;
import org.acd.core.api.Party;
import org.acd.core.api.RoutingOutcomes;
import org.acd.core.journal.JournaledOutcomes;
import org.agrona.collections.Long2ObjectHashMap;
import org.agrona.collections.LongHashSet;

/**
 * Computes the KPIs of DESIGN.md from the engine's outcome stream, overall and per tier, queue,
 * interval of queue entry and agent, and lists the abandoned calls: fed live as a
 * {@link RoutingOutcomes} sink, or by a Chronicle {@code methodReader} over the outcomes journal
 * ({@link JournalKpis}). Only calls and agent time within its {@link ReportScope} are counted, so a
 * simulation's warm-up, an earlier day or another queue stays out.
 *
 * <p>The tier, queue and interval of a call are known only when it enters a queue, so they are
 * remembered until the call ends. A call moved to another queue is offered once, in the queue it
 * entered first. A caller who accepts a callback does not abandon: from then on the call counts
 * only as a callback requested, then delivered (an agent answered it) or failed. Not thread-safe: one thread feeds it (the engine thread, a simulation's thread or
 * a journal reader) and reads {@link #summary()} afterwards.
 */
public final class KpiCalculator implements JournaledOutcomes {

    private final KpiThresholds thresholds;
    private final ReportScope scope;
    private final ReportInterval interval;
    private final KpiTally overall;
    private final Map<String, KpiTally> byTier = new HashMap<>();
    private final Map<String, KpiTally> byQueue = new HashMap<>();
    private final Map<Long, KpiTally> byInterval = new HashMap<>();
    private final Map<String, AgentTally> byAgent = new HashMap<>();
    private final List<AbandonedCall> abandonedCalls = new ArrayList<>();
    /** Calls in progress that count. */
    private final Long2ObjectHashMap<LiveCall> liveCalls = new Long2ObjectHashMap<>();
    /** Calls in progress that are outside the scope. */
    private final LongHashSet uncountedCalls = new LongHashSet();
    private long lastNowMs = Long.MIN_VALUE;

    public KpiCalculator(KpiThresholds thresholds, ReportScope scope, ReportInterval interval) {
        this.thresholds = thresholds;
        this.scope = scope;
        this.interval = interval;
        this.overall = new KpiTally(thresholds);
    }

    /** Counts calls that entered a queue at or after {@code countFromMs}, and agent time from then on. */
    public KpiCalculator(KpiThresholds thresholds, long countFromMs, ReportInterval interval) {
        this(thresholds, ReportScope.from(countFromMs), interval);
    }

    /** Groups calls in hours of queue entry. */
    public KpiCalculator(KpiThresholds thresholds, long countFromMs) {
        this(thresholds, countFromMs, ReportInterval.MINUTES_60);
    }

    /** Counts every call. */
    public KpiCalculator(KpiThresholds thresholds) {
        this(thresholds, Long.MIN_VALUE);
    }

    /** The journal's header naming the event behind the outcomes that follow; KPIs do not need it. */
    @Override
    public void causedBy(long eventIndex) {
        // read from the journal and dropped
    }

    public KpiSummary summary() {
        Map<String, AgentReport> agents = new HashMap<>();
        byAgent.forEach((agent, tally) -> agents.put(agent, tally.report(lastNowMs)));
        return new KpiSummary(overall.report(), reports(byTier), reports(byQueue), reports(byInterval), agents);
    }

    /** The counted calls abandoned so far, in the order they were abandoned, without caller numbers. */
    public List<AbandonedCall> abandonedCalls() {
        return List.copyOf(abandonedCalls);
    }

    private static <K> Map<K, KpiReport> reports(Map<K, KpiTally> tallies) {
        Map<K, KpiReport> reports = new HashMap<>();
        tallies.forEach((key, tally) -> reports.put(key, tally.report()));
        return reports;
    }

    @Override
    public void callEnteredQueue(long nowMs, long callId, String queueId, String tierId, int position) {
        seen(nowMs);
        if (liveCalls.containsKey(callId) || uncountedCalls.contains(callId)) {
            return;
        }
        if (!scope.countsCall(nowMs, queueId, tierId)) {
            uncountedCalls.add(callId);
            return;
        }
        KpiTally[] tallies = {
            overall,
            byTier.computeIfAbsent(tierId, id -> new KpiTally(thresholds)),
            byQueue.computeIfAbsent(queueId, id -> new KpiTally(thresholds)),
            byInterval.computeIfAbsent(interval.startOf(nowMs), start -> new KpiTally(thresholds)),
        };
        LiveCall call = new LiveCall(tallies, tierId, nowMs);
        liveCalls.put(callId, call);
        call.offered();
    }

    @Override
    public void callOffered(long nowMs, long callId, String queueId, String agentId) {
        seen(nowMs);
    }

    @Override
    public void callAnswered(long nowMs, long callId, String queueId, String agentId, long waitMs) {
        seen(nowMs);
        LiveCall call = liveCalls.get(callId);
        boolean callback = call != null && call.isCallback();
        if (callback) {
            call.callbackDelivered();
        } else if (call != null) {
            call.answered(waitMs);
        }
        if (scope.countsAgentCall(nowMs, queueId)) {
            agent(agentId).answered();
            if (callback) {
                agent(agentId).callbackDelivered();
            }
        }
        end(callId);
    }

    @Override
    public void callCompleted(long nowMs, long callId, String queueId, String agentId, long talkMs, Party endedBy) {
        seen(nowMs);
        if (scope.countsAgentCall(nowMs, queueId)) {
            agent(agentId).completed(talkMs);
        }
    }

    @Override
    public void callAbandoned(long nowMs, long callId, String queueId, long waitMs, int position,
                              boolean whileRinging) {
        seen(nowMs);
        LiveCall call = liveCalls.get(callId);
        if (call != null && call.isCallback()) {
            call.callbackFailed();
        } else if (call != null) {
            call.abandoned(waitMs);
            abandonedCalls.add(new AbandonedCall(callId, "", queueId, call.tierId(), call.enteredMs(), waitMs,
                    position, waitMs < thresholds.shortAbandonMs()));
        }
        end(callId);
    }

    @Override
    public void callExited(long nowMs, long callId, String queueId, long waitMs, CallState finalState,
                           ExitReason reason, ExitAction action, String target) {
        seen(nowMs);
        LiveCall call = liveCalls.get(callId);
        if (call != null && call.isCallback()) {
            call.callbackFailed();
        } else if (call != null) {
            if (finalState == CallState.TIMED_OUT) {
                call.timedOut(waitMs);
            } else {
                call.overflowed(waitMs);
            }
        }
        end(callId);
    }

    @Override
    public void callOverflowed(long nowMs, long callId, String fromQueueId, String toQueueId, ExitReason reason) {
        // A move keeps the call in progress; it enters the next queue without being offered again.
        seen(nowMs);
    }

    @Override
    public void ringNoAnswer(long nowMs, long callId, String queueId, String agentId, long ringMs) {
        seen(nowMs);
        if (scope.countsAgentCall(nowMs, queueId)) {
            agent(agentId).ringNoAnswer();
        }
    }

    @Override
    public void callbackRequested(long nowMs, long callId, String queueId, long waitMs, int position) {
        seen(nowMs);
        LiveCall call = liveCalls.get(callId);
        if (call != null && !call.isCallback()) {
            call.callbackRequested();
        }
    }

    @Override
    public void callbackAttempted(long nowMs, long callId, String queueId, String agentId, int attempt) {
        seen(nowMs);
    }

    @Override
    public void callbackAnswered(long nowMs, long callId, String queueId, String agentId, int attempt) {
        seen(nowMs);
    }

    @Override
    public void callbackAttemptFailed(long nowMs, long callId, String queueId, String agentId, int attempt,
                                      CallbackFailure reason, long retryAtMs) {
        seen(nowMs);
        if (!agentId.isEmpty() && scope.countsAgentCall(nowMs, queueId)) {
            agent(agentId).callbackAttemptFailed();
        }
    }

    @Override
    public void callbackFailed(long nowMs, long callId, String queueId, long waitMs, int attempts) {
        seen(nowMs);
        LiveCall call = liveCalls.get(callId);
        if (call != null) {
            call.callbackFailed();
        }
        end(callId);
    }

    @Override
    public void agentStateChanged(long nowMs, String agentId, AgentState state, String reason) {
        seen(nowMs);
        agent(agentId).stateChanged(nowMs, state);
    }

    @Override
    public void eventRejected(long nowMs, String reason) {
        // A rejected event changed nothing.
        seen(nowMs);
    }

    private AgentTally agent(String agentId) {
        AgentTally tally = byAgent.get(agentId);
        if (tally == null) {
            tally = new AgentTally(scope.fromMs(), scope.untilMs());
            byAgent.put(agentId, tally);
        }
        return tally;
    }

    /** Open agent states are counted up to the last outcome's time. */
    private void seen(long nowMs) {
        lastNowMs = Math.max(lastNowMs, nowMs);
    }

    private void end(long callId) {
        liveCalls.remove(callId);
        uncountedCalls.remove(callId);
    }
}
