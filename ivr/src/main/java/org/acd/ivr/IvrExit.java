package org.acd.ivr;

/**
 * Where a caller left the IVR. {@link #CONTAINED} is a call that ended in the IVR after a successful
 * self-service step (DESIGN.md's containment), whether the flow or the caller hung up.
 */
public enum IvrExit {
    /** Handed to a queue. */
    QUEUED,
    /** A callback was taken; the caller then hung up or was hung up on. */
    CALLBACK,
    VOICEMAIL,
    TRANSFERRED,
    /** Ended in the IVR after a successful self-service step. */
    CONTAINED,
    /** The flow hung up without self-service (closed, goodbye after nothing found). */
    FLOW_HUNG_UP,
    /** The caller hung up in the IVR before any of the above. */
    CALLER_HUNG_UP,
    /** The flow could not go on (a branch with no matching case, a broken channel); the handoff was told. */
    FAILED
}
