package org.acd.core.runtime;

import org.acd.core.api.AcdCommands;
import org.acd.core.api.ExitAction;

/**
 * Holds the engine's commands back while the journal is replayed (they were carried out before the
 * restart) and passes them to the executor once the runtime is live. Engine thread only.
 */
final class CommandGate implements AcdCommands {

    private final AcdCommands executor;
    private boolean live;

    CommandGate(AcdCommands executor) {
        this.executor = executor;
    }

    void goLive() {
        live = true;
    }

    @Override
    public void offerCall(long callId, String agentId, String endpoint) {
        if (live) {
            executor.offerCall(callId, agentId, endpoint);
        }
    }

    @Override
    public void cancelOffer(long callId, String agentId) {
        if (live) {
            executor.cancelOffer(callId, agentId);
        }
    }

    @Override
    public void connectCall(long callId, String agentId) {
        if (live) {
            executor.connectCall(callId, agentId);
        }
    }

    @Override
    public void exitQueue(long callId, ExitAction action, String target) {
        if (live) {
            executor.exitQueue(callId, action, target);
        }
    }
}
