package org.acd.core.api;

/** Where a call is; the last five are final and every call reaches exactly one of them. */
public enum CallState {
    QUEUED,
    /** An agent's phone rings for the call. */
    OFFERED,
    CONNECTED,
    /** Answered and then hung up. */
    ENDED,
    ABANDONED,
    TIMED_OUT,
    OVERFLOWED;

    public boolean isFinal() {
        return ordinal() >= ENDED.ordinal();
    }
}
