package org.acd.simulator.virtual;

/**
 * How far one predictor's wait predictions were from the waits that followed, over the answered
 * calls of a queue: error = predicted wait - actual wait, so a positive mean signed error (bias)
 * means callers were told longer waits than they had. Immutable.
 *
 * @param calls            answered calls the predictor was judged on
 * @param meanAbsoluteMs   mean absolute error
 * @param medianAbsoluteMs median absolute error (to the histogram's three significant digits)
 * @param p90AbsoluteMs    90th percentile of the absolute error (likewise)
 * @param meanSignedMs     mean signed error: the bias
 */
public record PredictionError(long calls, double meanAbsoluteMs, long medianAbsoluteMs, long p90AbsoluteMs,
                              double meanSignedMs) {
}
