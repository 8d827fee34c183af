package org.acd.core.api;

/** Why a call left its queue without an agent. */
public enum ExitReason {
    MAX_WAIT,
    QUEUE_FULL,
    NO_AGENTS,
    /** An overflow step moved it on. */
    OVERFLOW_STEP,
    /** A supervisor moved it or sent it out. */
    SUPERVISOR
}
