package org.acd.core.api;

/** The reason codes the engine itself gives when it sets an agent NOT_READY. */
public final class NotReadyReasons {

    /** Ring no answer: the phone rang for the whole ring timeout. */
    public static final String RONA = "RONA";
    /** The phone could not be rung (busy, unreachable, rejected). */
    public static final String OFFER_FAILED = "OFFER_FAILED";
    /** Given when a not-ready request names no reason. */
    public static final String UNSPECIFIED = "unspecified";

    private NotReadyReasons() {
    }
}
