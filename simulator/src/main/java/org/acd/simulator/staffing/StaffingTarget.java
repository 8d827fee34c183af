package org.acd.simulator.staffing;

import java.util.Locale;

/**
 * What a staffing level must achieve: a service level (a share of answered calls answered within a
 * threshold, as {@code KpiReport.serviceLevel()} counts it), a maximum abandon rate, or both.
 * Immutable.
 *
 * @param serviceLevel     share of answered calls answered within {@code thresholdSeconds}, in
 *                         (0, 1), or NaN for no service-level target
 * @param thresholdSeconds the service-level threshold (ignored without a service-level target)
 * @param maxAbandonRate   highest acceptable share of callers who hang up, in (0, 1), or NaN for none
 */
public record StaffingTarget(double serviceLevel, double thresholdSeconds, double maxAbandonRate) {

    public StaffingTarget {
        if (Double.isNaN(serviceLevel) && Double.isNaN(maxAbandonRate)) {
            throw new IllegalArgumentException("a target needs a service level, a maximum abandon rate or both");
        }
        if (!Double.isNaN(serviceLevel) && !(serviceLevel > 0 && serviceLevel < 1)) {
            throw new IllegalArgumentException("the service level must be above 0% and below 100%, not "
                    + percent(serviceLevel));
        }
        if (!Double.isNaN(serviceLevel) && !(thresholdSeconds >= 0)) {
            throw new IllegalArgumentException("the service-level threshold must be 0 s or more, not " + thresholdSeconds);
        }
        if (!Double.isNaN(maxAbandonRate) && !(maxAbandonRate > 0 && maxAbandonRate < 1)) {
            throw new IllegalArgumentException("the maximum abandon rate must be above 0% and below 100%, not "
                    + percent(maxAbandonRate));
        }
    }

    /** {@code share} of answered calls within {@code thresholdSeconds}, e.g. 0.8 and 20 for 80/20. */
    public static StaffingTarget serviceLevel(double share, double thresholdSeconds) {
        return new StaffingTarget(share, thresholdSeconds, Double.NaN);
    }

    /** At most {@code share} of callers hang up. */
    public static StaffingTarget maxAbandonRate(double share) {
        return new StaffingTarget(Double.NaN, 0, share);
    }

    /** This target and, in addition, at most {@code share} of callers hang up. */
    public StaffingTarget andMaxAbandonRate(double share) {
        return new StaffingTarget(serviceLevel, thresholdSeconds, share);
    }

    public boolean hasServiceLevel() {
        return !Double.isNaN(serviceLevel);
    }

    public boolean hasMaxAbandonRate() {
        return !Double.isNaN(maxAbandonRate);
    }

    /** Whether {@code figures} meet every part of this target. */
    public boolean isMetBy(StaffingFigures figures) {
        return (!hasServiceLevel() || figures.serviceLevel() >= serviceLevel)
                && (!hasMaxAbandonRate() || figures.abandonRate() <= maxAbandonRate);
    }

    @Override
    public String toString() {
        String sl = hasServiceLevel() ? String.format(Locale.ROOT, "%s within %s s", percent(serviceLevel),
                trim(thresholdSeconds)) : "";
        String abandon = hasMaxAbandonRate() ? "abandon rate at most " + percent(maxAbandonRate) : "";
        return sl.isEmpty() ? abandon : abandon.isEmpty() ? sl : sl + ", " + abandon;
    }

    private static String percent(double share) {
        return trim(share * 100) + "%";
    }

    private static String trim(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }
}
