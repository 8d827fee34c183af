package org.acd.core.engine;

/**
 * A deadline inside the engine. Timers fire from event time (ticks or any later event), never from
 * a clock, so replay and simulation reach the same decisions. Each call and agent owns its timers,
 * so arming one allocates nothing.
 */
final class Timer {

    enum Kind {
        /** The next overflow step or the max wait of a queued call. */
        QUEUE_STEP,
        /** The ring timeout of an offered call (RONA). */
        RING_TIMEOUT,
        /** The end of an agent's wrap-up. */
        WRAP_UP_END,
        /** The next attempt of a callback whose last attempt failed. */
        CALLBACK_RETRY
    }

    final Kind kind;
    final Call call;
    final Agent agent;
    /** When the timer fires, while it is armed. */
    long dueMs;
    boolean armed;
    /**
     * Moves on each time the timer is armed, cancelled or fired: an entry in {@link Timers} stamped
     * with another generation is stale.
     */
    long generation;

    private Timer(Kind kind, Call call, Agent agent) {
        this.kind = kind;
        this.call = call;
        this.agent = agent;
    }

    static Timer forCall(Kind kind, Call call) {
        return new Timer(kind, call, null);
    }

    static Timer forAgent(Agent agent) {
        return new Timer(Kind.WRAP_UP_END, null, agent);
    }

    long dueMs() {
        return dueMs;
    }

    /** Due time or {@link Long#MIN_VALUE} when not armed, for views and equality checks. */
    long dueMsOrNone() {
        return armed ? dueMs : Long.MIN_VALUE;
    }
}
