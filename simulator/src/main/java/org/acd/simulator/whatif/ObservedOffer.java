package org.acd.simulator.whatif;

/**
 * How one offer of a call (an agent's phone ringing for it) ended in the journal, which is what the
 * replay makes the phone do when the call is offered for that time again. Immutable.
 */
public sealed interface ObservedOffer {

    /** The agent answered after {@code ringMs}. */
    record Answered(long ringMs) implements ObservedOffer {
    }

    /**
     * The phone rang out (RONA); the agent made themselves ready again {@code readyAgainAfterMs}
     * after the RONA, or never ({@link #NEVER}: they logged out or took a break instead).
     */
    record RangOut(long readyAgainAfterMs) implements ObservedOffer {
    }

    /**
     * The phone could not be rung: the failure came {@code failedAfterMs} after the offer; the agent
     * was ready again {@code readyAgainAfterMs} after it, or {@link #NEVER}.
     */
    record Failed(long failedAfterMs, long readyAgainAfterMs) implements ObservedOffer {
    }

    /**
     * Something else ended the ringing after {@code ringSoFarMs} (the caller hung up, the call left
     * the queue, the agent logged out): the phone would have been answered later than that, if at all.
     */
    record Unresolved(long ringSoFarMs) implements ObservedOffer {
    }

    long NEVER = Long.MAX_VALUE;
}
