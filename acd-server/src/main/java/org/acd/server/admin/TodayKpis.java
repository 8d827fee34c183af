package org.acd.server.admin;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Map;
import org.acd.core.api.AgentState;
import org.acd.core.api.CallbackFailure;
import org.acd.core.api.CallState;
import org.acd.core.api.ExitAction;
import org.acd.core.api.ExitReason;
import org.acd.core.api.Party;
import org.acd.core.journal.JournaledOutcomes;
import org.acd.core.reporting.KpiCalculator;
import org.acd.core.reporting.KpiReport;
import org.acd.core.reporting.KpiThresholds;

/**
 * Today's KPIs per queue, for the wallboard: the report's {@link KpiCalculator}, fed the outcomes
 * journal as it grows and started afresh at each midnight of the zone, counting the calls that
 * entered a queue since then. Fed by an {@link OutcomeFollower}'s thread; read once a second by the
 * snapshot sampler's thread, so both sides hold its lock, briefly.
 */
final class TodayKpis implements JournaledOutcomes {

    private final KpiThresholds thresholds;
    private final ZoneId zone;
    private KpiCalculator today;
    private long dayStartMs = Long.MIN_VALUE;
    private long dayEndMs = Long.MIN_VALUE;

    TodayKpis(KpiThresholds thresholds, ZoneId zone) {
        this.thresholds = thresholds;
        this.zone = zone;
    }

    /** Each queue's figures since the last midnight before {@code nowMs}; none yet on a day without outcomes. */
    synchronized Map<String, KpiReport> byQueue(long nowMs) {
        if (today == null || nowMs < dayStartMs || nowMs >= dayEndMs) {
            return Map.of();
        }
        return today.summary().byQueue();
    }

    /** The calculator of the day holding {@code nowMs}, a new one once the day has changed. */
    private KpiCalculator at(long nowMs) {
        if (today == null || nowMs >= dayEndMs) {
            ZonedDateTime midnight = Instant.ofEpochMilli(nowMs).atZone(zone).toLocalDate().atStartOfDay(zone);
            dayStartMs = midnight.toInstant().toEpochMilli();
            dayEndMs = midnight.plusDays(1).toInstant().toEpochMilli();
            today = new KpiCalculator(thresholds, dayStartMs);
        }
        return today;
    }

    @Override
    public synchronized void causedBy(long eventIndex) {
        // KPIs do not need the causing event.
    }

    @Override
    public synchronized void callEnteredQueue(long nowMs, long callId, String queueId, String tierId, int position) {
        at(nowMs).callEnteredQueue(nowMs, callId, queueId, tierId, position);
    }

    @Override
    public synchronized void callOffered(long nowMs, long callId, String queueId, String agentId) {
        at(nowMs).callOffered(nowMs, callId, queueId, agentId);
    }

    @Override
    public synchronized void callAnswered(long nowMs, long callId, String queueId, String agentId, long waitMs) {
        at(nowMs).callAnswered(nowMs, callId, queueId, agentId, waitMs);
    }

    @Override
    public synchronized void callCompleted(long nowMs, long callId, String queueId, String agentId, long talkMs,
                                           Party endedBy) {
        at(nowMs).callCompleted(nowMs, callId, queueId, agentId, talkMs, endedBy);
    }

    @Override
    public synchronized void callAbandoned(long nowMs, long callId, String queueId, long waitMs, int position,
                                           boolean whileRinging) {
        at(nowMs).callAbandoned(nowMs, callId, queueId, waitMs, position, whileRinging);
    }

    @Override
    public synchronized void callExited(long nowMs, long callId, String queueId, long waitMs, CallState finalState,
                                        ExitReason reason, ExitAction action, String target) {
        at(nowMs).callExited(nowMs, callId, queueId, waitMs, finalState, reason, action, target);
    }

    @Override
    public synchronized void callOverflowed(long nowMs, long callId, String fromQueueId, String toQueueId,
                                            ExitReason reason) {
        at(nowMs).callOverflowed(nowMs, callId, fromQueueId, toQueueId, reason);
    }

    @Override
    public synchronized void ringNoAnswer(long nowMs, long callId, String queueId, String agentId, long ringMs) {
        at(nowMs).ringNoAnswer(nowMs, callId, queueId, agentId, ringMs);
    }

    @Override
    public synchronized void callbackRequested(long nowMs, long callId, String queueId, long waitMs, int position) {
        at(nowMs).callbackRequested(nowMs, callId, queueId, waitMs, position);
    }

    @Override
    public synchronized void callbackAttempted(long nowMs, long callId, String queueId, String agentId, int attempt) {
        at(nowMs).callbackAttempted(nowMs, callId, queueId, agentId, attempt);
    }

    @Override
    public synchronized void callbackAnswered(long nowMs, long callId, String queueId, String agentId, int attempt) {
        at(nowMs).callbackAnswered(nowMs, callId, queueId, agentId, attempt);
    }

    @Override
    public synchronized void callbackAttemptFailed(long nowMs, long callId, String queueId, String agentId, int attempt,
                                                   CallbackFailure reason, long retryAtMs) {
        at(nowMs).callbackAttemptFailed(nowMs, callId, queueId, agentId, attempt, reason, retryAtMs);
    }

    @Override
    public synchronized void callbackFailed(long nowMs, long callId, String queueId, long waitMs, int attempts) {
        at(nowMs).callbackFailed(nowMs, callId, queueId, waitMs, attempts);
    }

    @Override
    public synchronized void agentStateChanged(long nowMs, String agentId, AgentState state, String reason) {
        at(nowMs).agentStateChanged(nowMs, agentId, state, reason);
    }

    @Override
    public synchronized void eventRejected(long nowMs, String reason) {
        at(nowMs).eventRejected(nowMs, reason);
    }
}
