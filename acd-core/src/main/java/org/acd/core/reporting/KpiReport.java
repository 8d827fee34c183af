package org.acd.core.reporting;

/**
 * The KPIs of one group of calls, as DESIGN.md defines them. Counts are of calls that entered a
 * queue in the reported period; a call moved between queues counts once. A callback is not an
 * abandon: a call whose caller accepted one ends as a callback delivered or failed. Short abandons are left
 * out of the abandon rate and of all three service levels, numerator and denominator. Ratios are
 * NaN when their denominator is 0. Immutable.
 *
 * @param offered calls that entered a queue
 * @param answered calls an agent answered
 * @param abandoned calls whose caller hung up before an agent answered, short abandons included
 * @param shortAbandoned abandoned after a wait shorter than the short-abandon threshold
 * @param timedOut calls that left by max wait
 * @param overflowed calls that left without an agent for another reason (queue full, no agents, overflow out)
 * @param waited answered or abandoned calls that waited more than 0 ms
 * @param answeredWithinServiceLevel answered after a wait of at most the service-level threshold
 * @param abandonedWithinServiceLevel abandoned, not short, after a wait of at most the threshold
 * @param exitedWithinServiceLevel timed out or overflowed after a wait of at most the threshold
 * @param answeredWaitMs sum of the waits of answered calls, from queue entry to answer
 * @param abandonedWaitMs sum of the waits of abandoned calls, from queue entry to hang-up
 * @param longestWaitMs the longest wait of a call that left the queue (answered, abandoned, timed out, overflowed)
 * @param callbacksRequested calls whose caller accepted a callback; from then on the call is in none of
 *        the figures above (answered, abandoned, waits, service levels), only in these three
 * @param callbacksDelivered callbacks an agent answered with the customer on the line
 * @param callbacksFailed callbacks that failed: every attempt failed, or the customer hung up first
 */
public record KpiReport(long offered, long answered, long abandoned, long shortAbandoned, long timedOut,
                        long overflowed, long waited, long answeredWithinServiceLevel,
                        long abandonedWithinServiceLevel, long exitedWithinServiceLevel, long answeredWaitMs,
                        long abandonedWaitMs, long longestWaitMs, long callbacksRequested, long callbacksDelivered,
                        long callbacksFailed) {

    public static final KpiReport EMPTY = new KpiReport(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    /** Abandoned (not short) / (offered - short abandons). */
    public double abandonRate() {
        return ratio(abandoned - shortAbandoned, offered - shortAbandoned);
    }

    /** Share of offered calls that waited more than 0 ms before being answered or abandoning. */
    public double waitedFraction() {
        return ratio(waited, offered);
    }

    /** Average speed of answer: mean wait of answered calls, ring time included, in seconds. */
    public double asaSeconds() {
        return ratio(answeredWaitMs, answered) / 1000.0;
    }

    /** Average time to abandon: mean wait of abandoned calls, short abandons included, in seconds. */
    public double averageTimeToAbandonSeconds() {
        return ratio(abandonedWaitMs, abandoned) / 1000.0;
    }

    /** Mean wait of answered and abandoned calls, in seconds. */
    public double meanWaitAllSeconds() {
        return ratio(answeredWaitMs + abandonedWaitMs, answered + abandoned) / 1000.0;
    }

    /** Answered within the threshold / answered (Asterisk's "SL"). */
    public double serviceLevel() {
        return ratio(answeredWithinServiceLevel, answered);
    }

    /** (Answered + abandoned within the threshold) / (answered + abandoned) (Asterisk's "SL2"). */
    public double serviceLevel2() {
        return ratio(answeredWithinServiceLevel + abandonedWithinServiceLevel, answered + abandoned - shortAbandoned);
    }

    /** Removed from the queue within the threshold, however they left / offered (Amazon Connect's style). */
    public double removedWithinServiceLevel() {
        return ratio(answeredWithinServiceLevel + abandonedWithinServiceLevel + exitedWithinServiceLevel,
                offered - shortAbandoned);
    }

    /**
     * Offered calls with no ending yet: still queued, ringing, waiting for their callback, or not
     * reported when the period closed.
     */
    public long unfinished() {
        return offered - answered - abandoned - timedOut - overflowed - callbacksDelivered - callbacksFailed;
    }

    private static double ratio(long numerator, long denominator) {
        return denominator == 0 ? Double.NaN : (double) numerator / denominator;
    }
}
