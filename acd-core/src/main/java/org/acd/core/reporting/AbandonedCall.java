package org.acd.core.reporting;

/**
 * A call whose caller hung up before an agent answered, with what a callback needs. Immutable.
 *
 * @param callId the call's id in the journal
 * @param callerNumber the caller's number from the events journal, or empty when it is not known
 * @param queueId the queue the caller left
 * @param tierId the caller's tier
 * @param enteredMs when the call first entered a queue, epoch milliseconds
 * @param waitMs how long the caller waited, from first queue entry to hang-up
 * @param position the place among the queue's waiting calls at hang-up, from 1
 * @param shortAbandon whether the wait was shorter than the short-abandon threshold
 */
public record AbandonedCall(long callId, String callerNumber, String queueId, String tierId, long enteredMs,
                            long waitMs, int position, boolean shortAbandon) {

    public AbandonedCall withCallerNumber(String number) {
        return new AbandonedCall(callId, number, queueId, tierId, enteredMs, waitMs, position, shortAbandon);
    }
}
