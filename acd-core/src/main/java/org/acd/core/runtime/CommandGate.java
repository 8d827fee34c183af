package org.acd.core.runtime;

import org.acd.core.api.AcdCommands;
import org.acd.core.api.ExitAction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stands between the engine and the command executor. Holds commands back while the journal is
 * replayed (they were carried out before the restart) and passes them on once the runtime is live.
 * An executor that throws fails that one command, which is logged and counted: it cannot leave a
 * decision half made, so the engine's state stays the state a replay rebuilds. Engine thread only.
 */
final class CommandGate implements AcdCommands {

    private static final Logger LOG = LoggerFactory.getLogger(CommandGate.class);

    private final AcdCommands executor;
    private final PipelineCounters counters;
    private boolean live;

    CommandGate(AcdCommands executor, PipelineCounters counters) {
        this.executor = executor;
        this.counters = counters;
    }

    void goLive() {
        live = true;
    }

    @Override
    public void offerCall(long callId, String agentId, String endpoint) {
        if (live) {
            try {
                executor.offerCall(callId, agentId, endpoint);
            } catch (RuntimeException e) {
                failed("offerCall", callId, agentId, e);
            }
        }
    }

    @Override
    public void cancelOffer(long callId, String agentId) {
        if (live) {
            try {
                executor.cancelOffer(callId, agentId);
            } catch (RuntimeException e) {
                failed("cancelOffer", callId, agentId, e);
            }
        }
    }

    @Override
    public void connectCall(long callId, String agentId) {
        if (live) {
            try {
                executor.connectCall(callId, agentId);
            } catch (RuntimeException e) {
                failed("connectCall", callId, agentId, e);
            }
        }
    }

    @Override
    public void exitQueue(long callId, ExitAction action, String target) {
        if (live) {
            try {
                executor.exitQueue(callId, action, target);
            } catch (RuntimeException e) {
                failed("exitQueue " + action, callId, target, e);
            }
        }
    }

    @Override
    public void placeCallback(long callId, String agentId, String endpoint, String numberToCall) {
        if (live) {
            try {
                executor.placeCallback(callId, agentId, endpoint, numberToCall);
            } catch (RuntimeException e) {
                failed("placeCallback", callId, agentId, e);
            }
        }
    }

    private void failed(String command, long callId, String party, RuntimeException cause) {
        counters.commandFailures.incrementAndGet();
        LOG.error("{} for call {} ({}) failed in the executor; the engine's decision stands", command, callId, party,
                cause);
    }
}
