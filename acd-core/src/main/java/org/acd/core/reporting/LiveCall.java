package org.acd.core.reporting;

/**
 * A counted call between its first queue entry and its end: the tallies it counts in (all calls,
 * its tier, the queue it first entered, its entry interval) and what the abandoned-calls list
 * needs. Mutable only through the tallies; owned by the {@link KpiCalculator}.
 */
final class LiveCall {

    private final KpiTally[] tallies;
    private final String tierId;
    private final long enteredMs;
    private boolean callback;

    LiveCall(KpiTally[] tallies, String tierId, long enteredMs) {
        this.tallies = tallies;
        this.tierId = tierId;
        this.enteredMs = enteredMs;
    }

    String tierId() {
        return tierId;
    }

    long enteredMs() {
        return enteredMs;
    }

    /** Whether the caller accepted a callback: the call then ends as a callback delivered or failed. */
    boolean isCallback() {
        return callback;
    }

    void callbackRequested() {
        callback = true;
        for (KpiTally tally : tallies) {
            tally.callbackRequested();
        }
    }

    void callbackDelivered() {
        for (KpiTally tally : tallies) {
            tally.callbackDelivered();
        }
    }

    void callbackFailed() {
        for (KpiTally tally : tallies) {
            tally.callbackFailed();
        }
    }

    void offered() {
        for (KpiTally tally : tallies) {
            tally.offered();
        }
    }

    void answered(long waitMs) {
        for (KpiTally tally : tallies) {
            tally.answered(waitMs);
        }
    }

    void abandoned(long waitMs) {
        for (KpiTally tally : tallies) {
            tally.abandoned(waitMs);
        }
    }

    void timedOut(long waitMs) {
        for (KpiTally tally : tallies) {
            tally.timedOut(waitMs);
        }
    }

    void overflowed(long waitMs) {
        for (KpiTally tally : tallies) {
            tally.overflowed(waitMs);
        }
    }
}
