package org.acd.core.journal;

/**
 * The record format of the IVR journal ({@code ivr/} in the journal directory): what each call did
 * in the IVR, as the flow engine reports it, written with a Chronicle method writer and read back
 * with a method reader. Flat values only, time in epoch milliseconds first, then the call id. The
 * kinds ({@code problem}, {@code source}, {@code result}, {@code exit}) are the names of the ivr
 * module's enums (this module cannot see them): {@code NO_INPUT}/{@code INVALID};
 * {@code CALLER_ID}/{@code ACCOUNT}/{@code ORDER}; {@code FOUND}/{@code NOT_FOUND}/{@code FAILED}/
 * {@code TIMED_OUT}; {@code QUEUED}, {@code CALLBACK}, {@code VOICEMAIL}, {@code TRANSFERRED},
 * {@code CONTAINED}, {@code FLOW_HUNG_UP}, {@code CALLER_HUNG_UP}, {@code FAILED}.
 */
public interface IvrJournalEvents {

    /** The call entered {@code flowId}; {@code callerNumber} is empty when withheld. */
    void flowEntered(long nowMs, long callId, String flowId, String callerNumber);

    /** The flow reached {@code nodeId}: the sequence of these is the caller's path. */
    void nodeVisited(long nowMs, long callId, String flowId, String nodeId);

    /** Keys the node could not use ({@code NO_INPUT} or {@code INVALID}); {@code attempt} counts from 1. */
    void inputRejected(long nowMs, long callId, String nodeId, String problem, String keyed, int attempt);

    /** A lookup ended; an {@code ORDER} lookup is the order-status self-service. */
    void lookupCompleted(long nowMs, long callId, String nodeId, String source, String result);

    /** Something the flow went past (a missing prompt or variable, a failed query). */
    void flowProblem(long nowMs, long callId, String nodeId, String problem);

    /** The call left the IVR at {@code nodeId} of {@code flowId}, as {@code exit} says. */
    void flowLeft(long nowMs, long callId, String flowId, String nodeId, String exit);
}
