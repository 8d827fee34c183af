package org.acd.core.api;

/** Why a callback attempt did not reach the customer. */
public enum CallbackFailure {
    NO_ANSWER,
    BUSY,
    /** The number could not be called (rejected, invalid, congestion). */
    UNREACHABLE,
    /** The customer answered and hung up before an agent answered. */
    HUNG_UP
}
