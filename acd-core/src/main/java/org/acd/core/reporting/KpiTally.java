package org.acd.core.reporting;

/**
 * Running counts and sums for one group of calls (all calls, one tier, one queue or one interval).
 * Mutable, owned by the {@link KpiCalculator} that feeds it; {@link #report()} freezes it into a
 * {@link KpiReport}.
 */
final class KpiTally {

    private final KpiThresholds thresholds;
    private long offered;
    private long answered;
    private long answeredWithinServiceLevel;
    private long answeredWaitMs;
    private long abandoned;
    private long shortAbandoned;
    private long abandonedWithinServiceLevel;
    private long abandonedWaitMs;
    private long waited;
    private long timedOut;
    private long overflowed;
    private long exitedWithinServiceLevel;
    private long longestWaitMs;
    private long callbacksRequested;
    private long callbacksDelivered;
    private long callbacksFailed;

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
        } else if (waitMs <= thresholds.serviceLevelMs()) {
            abandonedWithinServiceLevel++;
        }
        countWait(waitMs);
    }

    void timedOut(long waitMs) {
        timedOut++;
        countExit(waitMs);
    }

    void overflowed(long waitMs) {
        overflowed++;
        countExit(waitMs);
    }

    void callbackRequested() {
        callbacksRequested++;
    }

    void callbackDelivered() {
        callbacksDelivered++;
    }

    void callbackFailed() {
        callbacksFailed++;
    }

    private void countExit(long waitMs) {
        if (waitMs <= thresholds.serviceLevelMs()) {
            exitedWithinServiceLevel++;
        }
        longestWaitMs = Math.max(longestWaitMs, waitMs);
    }

    private void countWait(long waitMs) {
        if (waitMs > 0) {
            waited++;
        }
        longestWaitMs = Math.max(longestWaitMs, waitMs);
    }

    KpiReport report() {
        return new KpiReport(offered, answered, abandoned, shortAbandoned, timedOut, overflowed, waited,
                answeredWithinServiceLevel, abandonedWithinServiceLevel, exitedWithinServiceLevel, answeredWaitMs,
                abandonedWaitMs, longestWaitMs, callbacksRequested, callbacksDelivered, callbacksFailed);
    }
}
