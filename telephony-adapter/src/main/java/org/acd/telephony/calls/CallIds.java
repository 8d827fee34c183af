package org.acd.telephony.calls;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Gives each call entering a queue a positive id, unique across restarts: the start time in
 * milliseconds shifted left by 16 bits, plus a counter. 65,536 calls may enter per millisecond of
 * uptime before ids could meet those of a later start. Thread-safe.
 */
public final class CallIds {

    private final AtomicLong next;

    public CallIds(long startEpochMs) {
        this.next = new AtomicLong(startEpochMs << 16);
    }

    public long next() {
        return next.incrementAndGet();
    }
}
