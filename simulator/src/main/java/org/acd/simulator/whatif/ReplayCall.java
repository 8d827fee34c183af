package org.acd.simulator.whatif;

/** A caller in the replay, as the replay's telephony knows it (not the engine's view). Replay thread only. */
final class ReplayCall {

    enum State {
        WAITING,
        RINGING,
        CONNECTED
    }

    final ObservedCall observed;
    State state = State.WAITING;
    /** The caller asked for a callback and left the line: their patience no longer runs. */
    boolean callbackRequested;
    /** Offers made so far: the index of the next one among the journal's offers of the call. */
    int offersMade;
    /** Changes with every offer and its end, so an answer or failure meant for an earlier offer is dropped. */
    int token;
    /** The agent letting the current offer ring out, or null; and when they will be ready again after it. */
    String ringingOutAgent;
    long readyAgainAfterMs;

    ReplayCall(ObservedCall observed) {
        this.observed = observed;
    }
}
