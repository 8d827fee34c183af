package org.acd.simulator.staffing;

/**
 * One row of a forecast: expected calls in an interval, their mean handle time and, when the file
 * says, the callers' mean patience. Immutable.
 *
 * @param start           the interval's start as the file writes it
 * @param line            the row's line in the file
 * @param calls           expected calls (may be fractional, as forecasts are)
 * @param handleSeconds   mean handle time
 * @param patienceSeconds mean patience; {@link Workload#NO_ABANDONS} for {@code none}; NaN when the
 *                        file has no patience for this row
 */
public record ForecastInterval(String start, int line, double calls, double handleSeconds, double patienceSeconds) {

    /** Whether there is nothing to staff for: no calls expected. */
    public boolean isQuiet() {
        return calls == 0;
    }

    /**
     * The workload of this row over {@code intervalSeconds}, with {@code defaultPatienceSeconds}
     * where the row has no patience of its own. Not for quiet rows.
     */
    public Workload workload(double intervalSeconds, double defaultPatienceSeconds) {
        double patience = Double.isNaN(patienceSeconds) ? defaultPatienceSeconds : patienceSeconds;
        return Workload.perInterval(calls, intervalSeconds, handleSeconds, patience);
    }
}
