package org.acd.core.view;

/**
 * One queue at the snapshot instant.
 *
 * @param waitingCalls     calls not yet answered, ringing ones included
 * @param oldestEntryMs    original entry time of the longest-waiting of them, or {@code Long.MIN_VALUE}
 * @param agentsLoggedIn   logged-in agents who meet the queue's base requirement
 * @param agentsReady      of those, how many are ready and reachable: the agents available for the queue
 * @param agentsBusy       of those, how many are ringing or on a call
 * @param agentsInWrapUp   of those, how many are wrapping up
 * @param averageHandleMs  mean talk plus wrap-up of the queue's last calls, -1 before the first
 * @param estimatedWaitMs  the wait a caller joining now could expect (see {@link CallView#estimatedWaitMs}),
 *                         -1 when no agent serves the queue or no call completed in it yet
 */
public record QueueView(String id, int waitingCalls, long oldestEntryMs, int agentsLoggedIn, int agentsReady,
                        int agentsBusy, int agentsInWrapUp, long averageHandleMs, long estimatedWaitMs) {
}
