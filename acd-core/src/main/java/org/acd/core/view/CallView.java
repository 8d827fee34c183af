package org.acd.core.view;

import org.acd.core.api.CallState;

/**
 * One live call at the snapshot instant.
 *
 * @param requirement  the skills an agent needs for it now, as the engine reads them
 * @param agentId      the agent ringing or talking, empty if none
 * @param stepDueMs    next overflow step or max wait, {@code Long.MIN_VALUE} if none is armed
 * @param ringDueMs    ring timeout, {@code Long.MIN_VALUE} if not ringing
 */
public record CallView(long id, String queueId, String tierId, String callerNumber, CallState state,
                       long entryMs, long queueEntryMs, int stepsApplied, int priority, String requirement,
                       String agentId, long offeredAtMs, long connectedAtMs, long stepDueMs, long ringDueMs) {
}
