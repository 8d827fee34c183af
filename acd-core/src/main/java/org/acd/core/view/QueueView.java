package org.acd.core.view;

/**
 * One queue at the snapshot instant.
 *
 * @param waitingCalls     calls not yet answered, ringing ones included
 * @param oldestEntryMs    original entry time of the longest-waiting of them, or {@code Long.MIN_VALUE}
 * @param agentsLoggedIn   logged-in agents who meet the queue's base requirement
 * @param agentsReady      of those, how many are ready and reachable
 */
public record QueueView(String id, int waitingCalls, long oldestEntryMs, int agentsLoggedIn, int agentsReady) {
}
