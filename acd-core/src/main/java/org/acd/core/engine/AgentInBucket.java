package org.acd.core.engine;

/**
 * An agent's eligibility for one bucket, worked out once when the configuration is loaded, so that
 * an agent becoming ready tests no skill and allocates nothing.
 */
final class AgentInBucket {

    final Agent agent;
    final Bucket bucket;
    /** The agent's proficiency score for this bucket's requirement. */
    final int proficiencyScore;

    AgentInBucket(Agent agent, Bucket bucket, int proficiencyScore) {
        this.agent = agent;
        this.bucket = bucket;
        this.proficiencyScore = proficiencyScore;
    }

    /**
     * The agent's first ordering key in the bucket's {@link ReadyAgents}, by the queue's strategy;
     * smaller is offered first, then longer idle, then lower configuration index.
     */
    long readyKey() {
        return switch (bucket.queue.config.strategy()) {
            case LONGEST_IDLE -> 0;
            case MOST_SKILLED -> -proficiencyScore;
            case LEAST_OCCUPIED -> agent.handleMsSinceLogin;
            case ROUND_ROBIN -> agent.lastOfferNumber;
        };
    }
}
