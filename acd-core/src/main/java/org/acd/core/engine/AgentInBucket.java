package org.acd.core.engine;

import org.acd.core.model.RoutingStrategy;

/**
 * An agent's eligibility for one bucket, worked out once when the configuration is loaded, so that
 * an agent becoming ready tests no skill and allocates nothing.
 */
final class AgentInBucket {

    final Agent agent;
    final Bucket bucket;
    /** The agent's proficiency score for this bucket's requirement. */
    final int proficiencyScore;
    /** The bucket's queue strategy, kept here so that keying reads no bucket, queue or config. */
    private final RoutingStrategy strategy;

    AgentInBucket(Agent agent, Bucket bucket, int proficiencyScore) {
        this.agent = agent;
        this.bucket = bucket;
        this.proficiencyScore = proficiencyScore;
        this.strategy = bucket.queue.config.strategy();
    }

    /**
     * The agent's first ordering key in the bucket's {@link ReadyAgents}, by the queue's strategy;
     * smaller is offered first, then longer idle, then lower configuration index.
     */
    long readyKey() {
        return switch (strategy) {
            case LONGEST_IDLE -> 0;
            case MOST_SKILLED -> -proficiencyScore;
            case LEAST_OCCUPIED -> agent.handleMsSinceLogin;
            case ROUND_ROBIN -> agent.lastOfferNumber;
        };
    }
}
