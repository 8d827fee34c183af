package org.acd.core.view;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import org.acd.core.api.CallState;

/**
 * One live call at the snapshot instant.
 *
 * @param requirement  the skills an agent needs for it now, as the engine reads them
 * @param agentId      the agent ringing or talking, empty if none
 * @param stepDueMs    next overflow step or max wait, {@code Long.MIN_VALUE} if none is armed
 * @param ringDueMs    ring timeout (or a callback attempt's answer timeout), {@code Long.MIN_VALUE} if none
 * @param extraSkills  skills demanded on top of the queue's (skill to minimum proficiency), in skill order
 * @param callbackNumber the number to call back, empty unless the caller accepted a callback
 * @param callbackAttempts callback attempts made
 * @param callbackRetryDueMs when the next callback attempt may start, {@code Long.MIN_VALUE} if not waiting for one
 */
public record CallView(long id, String queueId, String tierId, String callerNumber, CallState state,
                       long entryMs, long queueEntryMs, int stepsApplied, int priority, String requirement,
                       String agentId, long offeredAtMs, long connectedAtMs, long stepDueMs, long ringDueMs,
                       Map<String, Integer> extraSkills, String callbackNumber, int callbackAttempts,
                       long callbackRetryDueMs) {

    public CallView {
        extraSkills = Collections.unmodifiableMap(new TreeMap<>(extraSkills));
    }
}
