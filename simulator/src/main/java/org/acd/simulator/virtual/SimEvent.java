package org.acd.simulator.virtual;

/**
 * Something the simulated callers and phones will do at a virtual time. Ordered by time, then by
 * the order of scheduling, so equal times resolve the same way on every run. Simulation thread only.
 */
final class SimEvent {

    enum Kind {
        /** The next caller arrives. */
        ARRIVAL,
        /** The caller's patience runs out; an abandon unless an agent answered. */
        PATIENCE_ENDS,
        /** The agent picks up the ringing phone, if it still rings for this offer. */
        AGENT_ANSWERS,
        /** The conversation ends: the agent hangs up. */
        AGENT_HANGS_UP,
        LOG_IN,
        LOG_OUT,
        /** After letting a call ring out (RONA), the agent makes themselves ready again. */
        READY_AGAIN
    }

    final Kind kind;
    final long timeMs;
    final long sequence;
    final long callId;
    final String agentId;
    /** For {@link Kind#AGENT_ANSWERS}: which offer of the call this answer is for. */
    final int offer;

    SimEvent(Kind kind, long timeMs, long sequence, long callId, String agentId, int offer) {
        this.kind = kind;
        this.timeMs = timeMs;
        this.sequence = sequence;
        this.callId = callId;
        this.agentId = agentId;
        this.offer = offer;
    }

    static int compare(SimEvent a, SimEvent b) {
        int byTime = Long.compare(a.timeMs, b.timeMs);
        return byTime != 0 ? byTime : Long.compare(a.sequence, b.sequence);
    }
}
