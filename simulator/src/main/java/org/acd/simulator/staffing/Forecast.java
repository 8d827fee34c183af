package org.acd.simulator.staffing;

import java.util.List;

/**
 * A day (or more) of expected calls in intervals of equal length, as {@link ForecastReader} reads
 * it from a CSV file. Immutable.
 *
 * @param intervalSeconds length of every interval
 * @param intervals       the rows, in time order
 */
public record Forecast(long intervalSeconds, List<ForecastInterval> intervals) {

    public Forecast {
        intervals = List.copyOf(intervals);
    }
}
