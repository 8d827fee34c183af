package org.acd.simulator.scenario;

/** Calls arrive as a Poisson process at {@code perHour} from {@code fromMs} (inclusive) to {@code toMs}. */
public record ArrivalPeriod(long fromMs, long toMs, double perHour) {

    /** {@code toMs} of a period with no end. */
    public static final long OPEN_ENDED = Long.MAX_VALUE;
}
