package org.acd.core.reporting;

/**
 * Which part of a journal a report counts: calls that first entered a queue in
 * [{@code fromMs}, {@code untilMs}), optionally only those that first entered one queue or belong to
 * one tier; agent time and agent calls within the same window (and, with a queue, only that queue's
 * calls). A call counted is followed to its end, even past {@code untilMs}. Immutable.
 *
 * @param fromMs  first counted time, epoch milliseconds; {@link Long#MIN_VALUE} for the journal's start
 * @param untilMs first time no longer counted; {@link Long#MAX_VALUE} for no end
 * @param queueId the only queue counted, or null for every queue
 * @param tierId  the only tier counted, or null for every tier
 */
public record ReportScope(long fromMs, long untilMs, String queueId, String tierId) {

    /** Every call and every moment of the journal. */
    public static final ReportScope EVERYTHING = new ReportScope(Long.MIN_VALUE, Long.MAX_VALUE, null, null);

    public ReportScope {
        if (untilMs <= fromMs) {
            throw new IllegalArgumentException("the end of a report (" + untilMs + ") must come after its start ("
                    + fromMs + ")");
        }
    }

    /** Everything from {@code fromMs} on. */
    public static ReportScope from(long fromMs) {
        return new ReportScope(fromMs, Long.MAX_VALUE, null, null);
    }

    /** Whether {@code nowMs} is inside the window. */
    public boolean covers(long nowMs) {
        return nowMs >= fromMs && nowMs < untilMs;
    }

    /** Whether a call that first enters {@code queue} at {@code nowMs} in {@code tier} is counted. */
    boolean countsCall(long nowMs, String queue, String tier) {
        return covers(nowMs) && admitsQueue(queue) && (tierId == null || tierId.equals(tier));
    }

    /** Whether an agent's answer, completion or ring-no-answer in {@code queue} at {@code nowMs} counts. */
    boolean countsAgentCall(long nowMs, String queue) {
        return covers(nowMs) && admitsQueue(queue);
    }

    private boolean admitsQueue(String queue) {
        return queueId == null || queueId.equals(queue);
    }
}
