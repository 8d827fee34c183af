package org.acd.core.engine;

import java.util.HashMap;
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
    /** Calls in this queue that no agent has answered yet (queued or ringing). */
    int waitingCalls;

    RoutedQueue(QueueConfig config, double agingPointsPerMs, Bucket[][] buckets, List<Bucket> distinctBuckets) {
        this.config = config;
        this.agingPointsPerMs = agingPointsPerMs;
        this.buckets = buckets;
        this.distinctBuckets = distinctBuckets;
    }

    String id() {
        return config.id();
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
}
