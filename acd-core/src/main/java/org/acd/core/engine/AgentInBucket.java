package org.acd.core.engine;

/**
 * An agent's place in the ready heap of one bucket it is eligible for. Created once, when the
 * configuration is loaded, so that an agent becoming ready allocates nothing.
 */
final class AgentInBucket extends HeapNode {

    final Agent agent;
    final Bucket bucket;
    /** The agent's proficiency score for this bucket's requirement. */
    final int proficiencyScore;

    AgentInBucket(Agent agent, Bucket bucket, int proficiencyScore) {
        this.agent = agent;
        this.bucket = bucket;
        this.proficiencyScore = proficiencyScore;
    }

    /** Keys the membership by the bucket's queue strategy; smaller is offered first. */
    void keyForReady() {
        long idleSince = agent.idleSinceMs;
        long primary = switch (bucket.queue.config.strategy()) {
            case LONGEST_IDLE -> 0;
            case MOST_SKILLED -> -proficiencyScore;
            case LEAST_OCCUPIED -> agent.handleMsSinceLogin;
            case ROUND_ROBIN -> agent.lastOfferNumber;
        };
        setKeys(primary, idleSince, agent.index);
    }
}
