package org.acd.core.api;

/** Where a call is; the last six are final and every call reaches exactly one of them. */
public enum CallState {
    QUEUED,
    /** An agent's phone rings for the call. */
    OFFERED,
    CONNECTED,
    /** The caller left for a callback; the call keeps its place in the queue without a caller on the line. */
    CALLBACK_PENDING,
    /** An agent is reserved for the callback and the customer's phone is being called. */
    CALLING_BACK,
    /** Answered and then hung up. */
    ENDED,
    ABANDONED,
    TIMED_OUT,
    OVERFLOWED,
    /** Every callback attempt failed, or the customer hung up on the callback before an agent answered. */
    CALLBACK_FAILED;

    public boolean isFinal() {
        return ordinal() >= ENDED.ordinal();
    }
}
