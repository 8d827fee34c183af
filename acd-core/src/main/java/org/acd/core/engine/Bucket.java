package org.acd.core.engine;

/**
 * The calls of one queue that share one requirement (tier variant and overflow level), and the
 * ready agents who meet it. The engine keeps, for every bucket, the waiting calls or the ready agents empty: a call
 * never waits while an agent able to take it is ready. Buckets of the same requirement and strategy, in
 * any queues, share one {@link ReadyAgents}: the agents and their order are the same for all of them.
 */
final class Bucket {

    final RoutedQueue queue;
    final Requirement requirement;
    final RankedSet<Call> waitingCalls = new RankedSet<>();
    final ReadyAgents readyAgents;
    /** Logged-in agents who meet the requirement, for the queue's no-agents policy. */
    int loggedInAgents;

    Bucket(RoutedQueue queue, Requirement requirement, ReadyAgents readyAgents) {
        this.queue = queue;
        this.requirement = requirement;
        this.readyAgents = readyAgents;
    }
}
