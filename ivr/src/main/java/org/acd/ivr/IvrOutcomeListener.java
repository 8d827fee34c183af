package org.acd.ivr;

import org.acd.config.ivr.LookupSource;

/**
 * What happened to each call in the IVR, for containment and path reports: the flow it entered, every
 * node it visited, keys the flow could not use, lookups and their results (an {@link LookupSource#ORDER}
 * lookup is the order-status self-service), problems the flow met and went past, and where the caller
 * left. Shaped like {@code org.acd.core.api.AcdEvents} so a Chronicle method writer can journal it:
 * the time in epoch milliseconds first, then the call id, then flat values.
 *
 * <p>Called by the flow engine on its executor, in the order things happened for one call; calls for
 * different calls may interleave, and come from different threads when the executor has several.
 */
public interface IvrOutcomeListener {

    /** The call entered {@code flowId}; {@code callerNumber} is its caller ID, empty when withheld. */
    void flowEntered(long nowMs, long callId, String flowId, String callerNumber);

    /** The flow reached {@code nodeId}; the sequence of these is the path the caller took. */
    void nodeVisited(long nowMs, long callId, String flowId, String nodeId);

    /** At a menu, collect or callback node the caller keyed nothing or something unusable; {@code attempt} counts from 1. */
    void inputRejected(long nowMs, long callId, String nodeId, InputProblem problem, String keyed, int attempt);

    /** A lookup ended; for {@link LookupSource#ORDER} this is the self-service result. */
    void lookupCompleted(long nowMs, long callId, String nodeId, LookupSource source, LookupResult result);

    /** Something the flow could not do as configured and went past (a missing prompt or variable, a failed query), with what. */
    void flowProblem(long nowMs, long callId, String nodeId, String problem);

    /** The call left the IVR at {@code nodeId} of {@code flowId}, in the way {@code exit} says. */
    void flowLeft(long nowMs, long callId, String flowId, String nodeId, IvrExit exit);

    /** Why keys were not used. */
    enum InputProblem {
        NO_INPUT, INVALID
    }

    /** How a lookup ended: the directory knew the key, did not, failed, or did not answer in time. */
    enum LookupResult {
        FOUND, NOT_FOUND, FAILED, TIMED_OUT
    }
}
