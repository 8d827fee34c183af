package org.acd.telephony.agi;

import java.util.concurrent.atomic.LongAdder;

/** What the FastAGI server has seen, for metrics and tests. Written from the event loops, read from anywhere. */
public final class AgiCounters {

    private final LongAdder opened = new LongAdder();
    private final LongAdder closed = new LongAdder();
    private final LongAdder malformed = new LongAdder();
    private final LongAdder unknownScripts = new LongAdder();
    private final LongAdder idleTimeouts = new LongAdder();
    private final LongAdder refusedNotAllowed = new LongAdder();
    private final LongAdder refusedOverSourceLimit = new LongAdder();

    void sessionOpened() {
        opened.increment();
    }

    void sessionClosed() {
        closed.increment();
    }

    void malformed() {
        malformed.increment();
    }

    void unknownScript() {
        unknownScripts.increment();
    }

    void idleTimeout() {
        idleTimeouts.increment();
    }

    void refusedNotAllowed() {
        refusedNotAllowed.increment();
    }

    void refusedOverSourceLimit() {
        refusedOverSourceLimit.increment();
    }

    public long sessionsOpened() {
        return opened.sum();
    }

    public long activeSessions() {
        return opened.sum() - closed.sum();
    }

    public long malformedSessions() {
        return malformed.sum();
    }

    public long unknownScriptSessions() {
        return unknownScripts.sum();
    }

    public long idleTimeouts() {
        return idleTimeouts.sum();
    }

    /** Connections closed unread because their source is not on the allow-list. */
    public long sessionsRefusedNotAllowed() {
        return refusedNotAllowed.sum();
    }

    /** Connections closed unread because their source already held its limit of open sessions. */
    public long sessionsRefusedOverSourceLimit() {
        return refusedOverSourceLimit.sum();
    }
}
