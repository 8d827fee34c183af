package org.acd.core.reporting;

/**
 * Running counts and sums for one group of calls (all calls, or one tier). Mutable, owned by the
 * {@link KpiCalculator} that feeds it; {@link #report()} freezes it into a {@link KpiReport}.
 */
final class KpiTally {

    private final KpiThresholds thresholds;
    private long offered;
    private long answered;
    private long answeredWithinServiceLevel;
    private long answeredWaitMs;
    private long abandoned;
    private long shortAbandoned;
    private long abandonedWaitMs;
    private long waited;
    private long timedOut;
    private long overflowed;

    KpiTally(KpiThresholds thresholds) {
        this.thresholds = thresholds;
    }

    void offered() {
        offered++;
    }

    void answered(long waitMs) {
        answered++;
        answeredWaitMs += waitMs;
        if (waitMs <= thresholds.serviceLevelMs()) {
            answeredWithinServiceLevel++;
        }
        countWait(waitMs);
    }

    void abandoned(long waitMs) {
        abandoned++;
        abandonedWaitMs += waitMs;
        if (waitMs < thresholds.shortAbandonMs()) {
            shortAbandoned++;
        }
        countWait(waitMs);
    }

    void timedOut() {
        timedOut++;
    }

    void overflowed() {
        overflowed++;
    }

    private void countWait(long waitMs) {
        if (waitMs > 0) {
            waited++;
        }
    }

    KpiReport report() {
        return new KpiReport(offered, answered, abandoned, shortAbandoned, timedOut, overflowed, waited,
                answeredWithinServiceLevel, answeredWaitMs, abandonedWaitMs);
    }
}
