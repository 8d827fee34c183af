package org.acd.telephony.agi;

import java.util.concurrent.atomic.LongAdder;

/** What the FastAGI server has seen, for metrics and tests. Written from the event loops, read from anywhere. */
public final class AgiCounters {

    private final LongAdder opened = new LongAdder();
    private final LongAdder closed = new LongAdder();
    private final LongAdder malformed = new LongAdder();
    private final LongAdder unknownScripts = new LongAdder();
    private final LongAdder idleTimeouts = new LongAdder();

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
}
