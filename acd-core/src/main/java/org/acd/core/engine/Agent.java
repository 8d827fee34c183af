package org.acd.core.engine;

import org.acd.core.api.AgentState;
import org.acd.core.model.AgentConfig;

/**
 * An agent as the engine tracks it. While it is routable (READY with a reachable phone) it has a
 * live entry in the {@link ReadyAgents} of each bucket it is a member of. Owned by the engine thread.
 */
final class Agent {

    /** Replaced by a configuration reload; the state below is the agent's and stays. */
    AgentConfig config;
    /** Position in configuration order; the final tie-break between agents, for determinism. */
    int index;
    final Timer wrapUpTimer = Timer.forAgent(this);
    AgentInBucket[] memberships = new AgentInBucket[0];
    /** One membership per distinct {@link ReadyAgents} of its buckets: where the agent goes when routable. */
    AgentInBucket[] readyMemberships = new AgentInBucket[0];
    /** The queues whose own skills the agent meets, whose agent counts follow its state. */
    RoutedQueue[] servedQueues = new RoutedQueue[0];

    AgentState state = AgentState.LOGGED_OUT;
    String reason = "";
    long stateSinceMs;
    /** When the agent last became routable; the longest-idle strategy orders by it. */
    long idleSinceMs;
    boolean deviceReachable = true;
    boolean routable;
    /**
     * Moves on each time the agent becomes routable or stops being so: entries in {@link ReadyAgents}
     * stamped with another generation are stale.
     */
    long routeGeneration;
    Call call;
    /** A not-ready asked for while busy, applied when the call and wrap-up end; null if none. */
    String pendingNotReadyReason;
    boolean pendingLogout;
    /** Talk and wrap-up time since login; the least-occupied strategy orders by it. */
    long handleMsSinceLogin;
    /** The engine-wide offer number of this agent's last offer; the round-robin strategy orders by it. */
    long lastOfferNumber;
    int ringNoAnswerCount;

    Agent(AgentConfig config, int index) {
        this.config = config;
        this.index = index;
    }

    /**
     * The same agent under a reloaded configuration, with no bucket memberships until the topology
     * gives it those of the new configuration.
     */
    Agent reconfigured(AgentConfig newConfig, int newIndex) {
        config = newConfig;
        index = newIndex;
        memberships = new AgentInBucket[0];
        readyMemberships = new AgentInBucket[0];
        servedQueues = new RoutedQueue[0];
        return this;
    }

    String id() {
        return config.id();
    }

    long wrapUpMsAfter(RoutedQueue queue) {
        return config.wrapUpMs() >= 0 ? config.wrapUpMs() : queue.config.wrapUpMs();
    }
}
