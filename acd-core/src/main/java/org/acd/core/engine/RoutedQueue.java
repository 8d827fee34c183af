package org.acd.core.engine;

import java.util.HashMap;
import org.acd.core.api.AgentState;
import java.util.List;
import java.util.Map;
import org.acd.core.model.OverflowStep;
import org.acd.core.model.QueueConfig;

/**
 * A queue as the engine routes it: its buckets, one per (tier variant, overflow level), and its
 * effective aging rate. Buckets of levels whose requirement does not change are shared.
 */
final class RoutedQueue {

    final QueueConfig config;
    /** The configured aging, raised where needed so that every tier's wait bound holds. */
    final double agingPointsPerMs;
    /** {@code buckets[variant][stepsApplied]}, for calls with no extra skills. */
    final Bucket[][] buckets;
    /** The buckets by level of calls with extra skills, made when the first such call arrives. */
    final Map<ExtraSkillsKey, Bucket[]> extraLevels = new HashMap<>();
    /** Each distinct bucket once, for views and positions. */
    final List<Bucket> distinctBuckets;
    /** Calls in this queue that no agent has answered yet (queued, ringing or waiting for a callback). */
    int waitingCalls;
    /** Agents who meet the queue's own skills, by {@link AgentState}, kept by the agents' state changes. */
    private final int[] agentsByState = new int[AgentState.values().length];
    /** Kept across configuration reloads: the queue's work did not change with its settings. */
    final RecentHandleTimes handleTimes;

    RoutedQueue(QueueConfig config, double agingPointsPerMs, Bucket[][] buckets, List<Bucket> distinctBuckets,
                RecentHandleTimes handleTimes) {
        this.config = config;
        this.handleTimes = handleTimes;
        this.agingPointsPerMs = agingPointsPerMs;
        this.buckets = buckets;
        this.distinctBuckets = distinctBuckets;
    }

    String id() {
        return config.id();
    }

    int agentsIn(AgentState state) {
        return agentsByState[state.ordinal()];
    }

    /** Agents at work for the queue: ready, ringing, talking or wrapping up. */
    int agentsServing() {
        return agentsIn(AgentState.READY) + agentsIn(AgentState.RESERVED) + agentsIn(AgentState.ON_CALL)
                + agentsIn(AgentState.WRAP_UP);
    }

    /** An agent starts to count for the queue, in {@code state}. */
    void agentCounted(AgentState state) {
        agentsByState[state.ordinal()]++;
    }

    /** One of the queue's agents moved from {@code from} to {@code to}. */
    void agentMoved(AgentState from, AgentState to) {
        agentsByState[from.ordinal()]--;
        agentsByState[to.ordinal()]++;
    }

    List<OverflowStep> steps() {
        return config.overflowSteps();
    }

    Bucket bucketFor(Call call) {
        return call.levels[call.stepsApplied];
    }

    boolean isFull() {
        return config.maxWaiting() > 0 && waitingCalls >= config.maxWaiting();
    }

    /** The call's place among this queue's waiting calls, from 1; O(B log n) for B distinct buckets. */
    int positionOf(Call call) {
        int ahead = 0;
        for (Bucket bucket : distinctBuckets) {
            ahead += bucket.waitingCalls.countPreceding(call);
        }
        return ahead + 1;
    }

    /** Calls in the queue's buckets, waiting to be matched to an agent (ringing calls have theirs); O(B). */
    int callsAwaitingAnAgent() {
        int calls = 0;
        for (Bucket bucket : distinctBuckets) {
            calls += bucket.waitingCalls.size();
        }
        return calls;
    }
}
