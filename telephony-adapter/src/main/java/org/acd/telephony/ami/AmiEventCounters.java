package org.acd.telephony.ami;

import java.util.concurrent.atomic.LongAdder;

/** What the AMI event router did with what it received. Written on the event thread, read anywhere. */
public final class AmiEventCounters {

    private final LongAdder decoded = new LongAdder();
    private final LongAdder ignored = new LongAdder();
    private final LongAdder malformed = new LongAdder();
    private final LongAdder failed = new LongAdder();

    void decoded() {
        decoded.increment();
    }

    void ignored() {
        ignored.increment();
    }

    void malformed() {
        malformed.increment();
    }

    void failed() {
        failed.increment();
    }

    public long decodedEvents() {
        return decoded.sum();
    }

    /** Event types the adapter has no use for. */
    public long ignoredEvents() {
        return ignored.sum();
    }

    /** Events of a used type that lacked what their decoder needs. */
    public long malformedEvents() {
        return malformed.sum();
    }

    /** Events whose decoder failed otherwise than on bad input: a bug, logged with its stack trace. */
    public long failedEvents() {
        return failed.sum();
    }
}
