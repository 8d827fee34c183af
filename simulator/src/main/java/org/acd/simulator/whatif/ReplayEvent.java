package org.acd.simulator.whatif;

/**
 * Something the replayed callers, phones and agents do at a time. Ordered by time, then by the order
 * of scheduling, as in {@code VirtualSimulation}, so that a journal written by {@code acd simulate}
 * replays with its ties resolved as they were. Replay thread only.
 */
record ReplayEvent(Kind kind, long timeMs, long sequence, ReplayCall call, String agentId, int offer,
                   PresenceChange change) {

    enum Kind {
        /** The next call of the journal enters its queue. */
        ARRIVAL,
        /** The caller's patience runs out; an abandon unless an agent answered. */
        PATIENCE_ENDS,
        /** The ringing phone is answered, if it still rings for this offer. */
        AGENT_ANSWERS,
        /** The phone could not be rung, if it still rings for this offer. */
        OFFER_FAILS,
        /** The caller asks for a callback, at the wait they asked at in the journal, if still waiting. */
        CALLBACK_REQUESTED,
        /** The customer answers the callback placed to them, if it is still being placed. */
        CALLBACK_ANSWERED,
        /** The conversation ends; the side that hung up is the journal's. */
        HANG_UP,
        /** An agent logs in or out, takes a break or comes back, as in the journal. */
        PRESENCE,
        /** After a RONA or a failed offer, the agent makes themselves ready again. */
        READY_AGAIN
    }

    static int compare(ReplayEvent a, ReplayEvent b) {
        int byTime = Long.compare(a.timeMs, b.timeMs);
        return byTime != 0 ? byTime : Long.compare(a.sequence, b.sequence);
    }
}
