package org.acd.core.invariants;

import java.util.HashMap;
import java.util.Map;
import org.acd.core.model.QueueConfig;
import org.acd.core.model.RoutingConfig;
import org.acd.core.model.TierConfig;
import org.acd.core.view.CallView;

/**
 * The one rule an agent's choice among waiting calls follows (DESIGN.md): highest effective
 * priority, then the oldest. Effective priority is the call's priority, plus its queue's aging since
 * the call's original entry, plus the queue's weight; the aging rate is the queue's own, raised as
 * far as every tier's {@code maxWaitBehindOthersMs} needs against calls of the top priority
 * (TierConfig). Worked out from the configuration, not read from the engine.
 */
final class Ranking {

    /** Priorities closer than this are ties the engine may break either way (it keys to 1/1000 point). */
    private static final double TIE = 0.01;

    private final Map<String, Double> agingPerMs = new HashMap<>();
    private final Map<String, Integer> weights = new HashMap<>();

    Ranking(RoutingConfig config) {
        int top = config.tiers().stream().mapToInt(TierConfig::priority).max().orElse(0);
        for (QueueConfig queue : config.queues()) {
            double rate = queue.agingPointsPerSecond() / 1000.0;
            for (TierConfig tier : config.tiers()) {
                if (tier.maxWaitBehindOthersMs() > 0 && tier.priority() < top) {
                    rate = Math.max(rate, (double) (top - tier.priority()) / tier.maxWaitBehindOthersMs());
                }
            }
            agingPerMs.put(queue.id(), rate);
            weights.put(queue.id(), queue.weight());
        }
    }

    double effectivePriority(CallView call, long nowMs) {
        return call.priority() + agingPerMs.get(call.queueId()) * (nowMs - call.entryMs()) + weights.get(call.queueId());
    }

    /** Whether an agent choosing at {@code nowMs} must take {@code first} before {@code second}. */
    boolean mustComeFirst(CallView first, CallView second, long nowMs) {
        double difference = effectivePriority(first, nowMs) - effectivePriority(second, nowMs);
        if (Math.abs(difference) > TIE) {
            return difference > 0;
        }
        // a near tie: only a tie on the same queue and priority is exact enough to order by age
        boolean exactTie = first.queueId().equals(second.queueId()) && first.priority() == second.priority();
        return exactTie && (first.entryMs() < second.entryMs()
                || first.entryMs() == second.entryMs() && first.id() < second.id());
    }
}
