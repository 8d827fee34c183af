package org.acd.simulator.virtual;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Judges wait predictions against the waits that followed, per queue. When a call enters a queue it
 * is given two predictions: the engine's estimate for a caller joining now, and the mean of the
 * queue's last {@value WaitEstimateAccuracy#MOVING_AVERAGE_WAITS} answered waits (what a plain moving-average predictor
 * would say, knowing only waits that have ended). When the call is answered both are compared with
 * its actual wait, entry to answer, ring time included (the ASA's wait). Waits of calls before the
 * warm-up feed the moving average but are not judged. Simulation thread only.
 */
final class WaitPredictions {

    private final Map<String, QueuePredictions> queues = new HashMap<>();

    /** The call entered its queue; {@code engineEstimateMs} is the engine's estimate then, -1 for none. */
    void entered(SimulatedCall call, long engineEstimateMs) {
        call.engineEstimateMs = engineEstimateMs;
        call.movingAverageMs = queue(call.queueId).recentWaits.meanMs();
    }

    void answered(SimulatedCall call, long nowMs) {
        QueuePredictions queue = queue(call.queueId);
        long waitMs = nowMs - call.arrivalMs;
        queue.recentWaits.add(waitMs);
        if (!call.counted) {
            return;
        }
        if (call.engineEstimateMs < 0 || call.movingAverageMs < 0) {
            queue.unpredicted++;
            return;
        }
        queue.engine.add(call.engineEstimateMs, waitMs);
        queue.movingAverage.add(call.movingAverageMs, waitMs);
    }

    /** Per queue, by name. */
    Map<String, WaitEstimateAccuracy> accuracy() {
        Map<String, WaitEstimateAccuracy> accuracy = new TreeMap<>();
        queues.forEach((queueId, queue) -> accuracy.put(queueId, new WaitEstimateAccuracy(queue.unpredicted,
                queue.engine.error(), queue.movingAverage.error())));
        return accuracy;
    }

    private QueuePredictions queue(String queueId) {
        return queues.computeIfAbsent(queueId, id -> new QueuePredictions());
    }

    private static final class QueuePredictions {
        final RecentWaits recentWaits = new RecentWaits(WaitEstimateAccuracy.MOVING_AVERAGE_WAITS);
        final PredictionErrors engine = new PredictionErrors();
        final PredictionErrors movingAverage = new PredictionErrors();
        long unpredicted;
    }
}
