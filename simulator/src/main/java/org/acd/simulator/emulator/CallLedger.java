package org.acd.simulator.emulator;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * What the emulator's trunk callers experienced: every call placed, and how each ended, for
 * comparison with the ACD's journal. Written on the switch thread; read from any thread.
 */
public final class CallLedger {

    private final List<LedgerCall> ended = new ArrayList<>();
    private final CompletableFuture<List<LedgerCall>> settled = new CompletableFuture<>();
    private long placed;
    private long expected = -1;

    synchronized void placed() {
        placed++;
    }

    synchronized void ended(LedgerCall call) {
        ended.add(call);
        settleIfDone();
    }

    /** No more than {@code calls} will be placed: {@link #settled()} completes once they all ended. */
    synchronized void expect(long calls) {
        expected = calls;
        settleIfDone();
    }

    /** Completes with every call once all the expected calls were placed and ended. */
    public CompletableFuture<List<LedgerCall>> settled() {
        return settled;
    }

    public synchronized long placedCalls() {
        return placed;
    }

    public synchronized long endedCount() {
        return ended.size();
    }

    public synchronized List<LedgerCall> endedCalls() {
        return List.copyOf(ended);
    }

    private void settleIfDone() {
        if (expected >= 0 && placed == expected && ended.size() == expected) {
            settled.complete(List.copyOf(ended));
        }
    }
}
