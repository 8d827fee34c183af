package org.acd.ivr;

import java.util.concurrent.CompletionStage;

/**
 * What the routing engine knows about a queue, for branch nodes ({@code wait_estimate},
 * {@code agents_available}). The engine side implements it, answering through its own thread;
 * the flow engine bounds every question with the lookup timeout and takes the branch's default
 * when no answer comes.
 */
public interface QueueInsight {

    CompletionStage<QueueStatus> status(String queueId);

    /** A queue's estimated wait for a call entering now, and how many agents could take a call now. */
    record QueueStatus(long estimatedWaitMs, int agentsAvailable) {
    }
}
