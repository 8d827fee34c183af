package org.acd.simulator.virtual;

import org.HdrHistogram.Histogram;

/** Accumulates one predictor's errors into a {@link PredictionError}. Simulation thread only. */
final class PredictionErrors {

    private static final int SIGNIFICANT_DIGITS = 3;

    private final Histogram absoluteMs = new Histogram(SIGNIFICANT_DIGITS);
    private long calls;
    private double absoluteSumMs;
    private double signedSumMs;

    void add(long predictedMs, long actualMs) {
        long errorMs = predictedMs - actualMs;
        long absolute = Math.abs(errorMs);
        absoluteMs.recordValue(absolute);
        calls++;
        absoluteSumMs += absolute;
        signedSumMs += errorMs;
    }

    PredictionError error() {
        return calls == 0 ? new PredictionError(0, Double.NaN, 0, 0, Double.NaN)
                : new PredictionError(calls, absoluteSumMs / calls, absoluteMs.getValueAtPercentile(50),
                absoluteMs.getValueAtPercentile(90), signedSumMs / calls);
    }
}
