package org.acd.benchmarks;

import org.acd.core.api.AcdCommands;
import org.acd.core.api.ExitAction;

/**
 * The command executor of the bare-engine benchmark: counts commands so that the benchmark can
 * check, after its run, that every invocation made the decision it claims. Engine thread only.
 */
final class CountingCommands implements AcdCommands {

    private long offers;
    private long cancels;
    private long others;

    @Override
    public void offerCall(long callId, String agentId, String endpoint) {
        offers++;
    }

    @Override
    public void cancelOffer(long callId, String agentId) {
        cancels++;
    }

    @Override
    public void connectCall(long callId, String agentId) {
        others++;
    }

    @Override
    public void exitQueue(long callId, ExitAction action, String target) {
        others++;
    }

    @Override
    public void placeCallback(long callId, String agentId, String endpoint, String numberToCall) {
        others++;
    }

    long offers() {
        return offers;
    }

    long cancels() {
        return cancels;
    }

    long others() {
        return others;
    }
}
