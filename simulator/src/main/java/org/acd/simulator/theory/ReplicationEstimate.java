package org.acd.simulator.theory;

import java.util.Locale;

/**
 * A 99% confidence interval for a mean from independent replications: the sample mean plus or minus
 * Student's t quantile for {@value #REPLICATIONS} - 1 degrees of freedom times the standard error.
 * Fixed to {@value #REPLICATIONS} replications so that the quantile is a constant. Used by
 * {@code acd staffing --verify} and by the tests that check simulations against theory. Immutable.
 */
public record ReplicationEstimate(double mean, double halfWidth) {

    public static final int REPLICATIONS = 10;
    /** t(0.995; 9 degrees of freedom). */
    private static final double T_QUANTILE = 3.249836;

    public static ReplicationEstimate of(double[] values) {
        if (values.length != REPLICATIONS) {
            throw new IllegalArgumentException("expected " + REPLICATIONS + " replications, got " + values.length);
        }
        double sum = 0;
        for (double value : values) {
            sum += value;
        }
        double mean = sum / values.length;
        double squares = 0;
        for (double value : values) {
            squares += (value - mean) * (value - mean);
        }
        double standardError = Math.sqrt(squares / (values.length - 1) / values.length);
        return new ReplicationEstimate(mean, T_QUANTILE * standardError);
    }

    public boolean contains(double value) {
        return Math.abs(value - mean) <= halfWidth;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%.5f ± %.5f", mean, halfWidth);
    }
}
