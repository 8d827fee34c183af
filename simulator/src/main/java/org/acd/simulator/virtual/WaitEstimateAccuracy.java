package org.acd.simulator.virtual;

/**
 * How well a queue's waits were foretold at the moment each answered call entered it: by the
 * engine's own estimate (what the IVR reads and announces: position, agents at work, recent handle
 * times) and, as the yardstick, by the mean of the queue's last {@value #MOVING_AVERAGE_WAITS}
 * answered waits known at that moment. Both are judged on the same calls: answered, counted (after
 * the warm-up), and with a prediction from each. Immutable.
 *
 * @param unpredicted   answered counted calls left out because a predictor had nothing to go on yet
 *                      (no call of the queue completed, no wait known, or no agent serving it)
 * @param engine        the engine's estimate against the actual waits
 * @param movingAverage the moving average of recent waits against the same waits
 */
public record WaitEstimateAccuracy(long unpredicted, PredictionError engine, PredictionError movingAverage) {

    /** How many recent waits the yardstick averages: as many as the engine's handle-time window. */
    public static final int MOVING_AVERAGE_WAITS = 20;
}
