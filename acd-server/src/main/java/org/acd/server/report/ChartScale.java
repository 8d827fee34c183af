package org.acd.server.report;

import java.util.Locale;

/**
 * The value axis of a bar chart: from 0 to {@link #max()} in {@link #TICKS} equal steps, each step a
 * round number (1, 2 or 5 times a power of ten), so that the grid lines carry readable labels.
 * Ratios never go past 100 %, counts step by whole calls. Immutable.
 */
record ChartScale(double step, boolean ratio) {

    /** Grid lines above the zero line. */
    static final int TICKS = 4;

    /** The smallest scale that holds {@code largest}: ratios (0 to 1) or counts. */
    static ChartScale holding(double largest, boolean ratio) {
        double wanted = Double.isFinite(largest) && largest > 0 ? largest / TICKS : 0;
        double step = roundUp(wanted, ratio ? 0.01 : 1);
        if (ratio) {
            step = Math.min(step, 1.0 / TICKS);
        }
        return new ChartScale(step, ratio);
    }

    /** The smallest of 1, 2, 5 times a power of ten that is at least {@code wanted} and {@code least}. */
    private static double roundUp(double wanted, double least) {
        double target = Math.max(wanted, least);
        double power = Math.pow(10, Math.floor(Math.log10(target)));
        for (double mantissa : new double[] {1, 2, 5, 10}) {
            if (mantissa * power >= target * (1 - 1e-9)) {
                return mantissa * power;
            }
        }
        throw new IllegalStateException("no round step for " + target);
    }

    double max() {
        return step * TICKS;
    }

    /** How a value on this axis is labelled: a percentage, or a whole count. */
    String label(double value) {
        if (ratio) {
            double percent = value * 100;
            return Math.rint(percent) == percent ? String.format(Locale.ROOT, "%.0f%%", percent)
                    : String.format(Locale.ROOT, "%.1f%%", percent);
        }
        return String.valueOf(Math.round(value));
    }
}
