package org.acd.telephony.testing;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.acd.telephony.agi.AgiScript;
import org.acd.telephony.agi.AgiSession;

/** A script that does nothing but hand its session to the test, which then drives it. */
public final class CapturingScript implements AgiScript {

    private final CompletableFuture<AgiSession> session = new CompletableFuture<>();
    private final AtomicInteger runs = new AtomicInteger();

    @Override
    public void run(AgiSession started) {
        runs.incrementAndGet();
        session.complete(started);
    }

    /** Completes once the server has started the script; a test waits on it with a bound. */
    public CompletableFuture<AgiSession> session() {
        return session;
    }

    public int runs() {
        return runs.get();
    }
}
