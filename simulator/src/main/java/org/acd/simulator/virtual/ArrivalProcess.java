package org.acd.simulator.virtual;

import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import org.acd.simulator.scenario.ArrivalPeriod;

/**
 * Arrival times of a Poisson process whose rate is constant within each period and 0 between them.
 * At a period's end the next gap is drawn afresh at the next period's rate, which is exact for a
 * memoryless process. Times are kept as fractions of a millisecond so that rounding never piles up.
 * Simulation thread only.
 */
final class ArrivalProcess {

    private static final double MS_PER_HOUR = 3_600_000.0;

    private final List<ArrivalPeriod> periods;
    private final SplittableRandom random;
    private double nowMs;
    private int period;

    ArrivalProcess(List<ArrivalPeriod> periods, SplittableRandom random) {
        this.periods = periods.stream().sorted(Comparator.comparingLong(ArrivalPeriod::fromMs)).toList();
        this.random = random;
    }

    /** The next arrival in whole milliseconds, {@link Long#MAX_VALUE} when the last period is over. */
    long nextMs() {
        while (period < periods.size()) {
            ArrivalPeriod current = periods.get(period);
            nowMs = Math.max(nowMs, current.fromMs());
            double gapMs = -Math.log(1.0 - random.nextDouble()) * MS_PER_HOUR / current.perHour();
            if (nowMs + gapMs < current.toMs()) {
                nowMs += gapMs;
                return Math.round(nowMs);
            }
            nowMs = current.toMs();
            period++;
        }
        return Long.MAX_VALUE;
    }
}
