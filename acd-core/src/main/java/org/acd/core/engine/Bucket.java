package org.acd.core.engine;

/**
 * The calls of one queue that share one requirement (tier variant and overflow level), and the
 * ready agents who meet it. The engine keeps, for every bucket, the waiting calls or the ready agents empty: a call
 * never waits while an agent able to take it is ready.
 */
final class Bucket {

    final RoutedQueue queue;
    final Requirement requirement;
    final RankedSet<Call> waitingCalls = new RankedSet<>();
    final ReadyAgents readyAgents = new ReadyAgents();
    /** Logged-in agents who meet the requirement, for the queue's no-agents policy. */
    int loggedInAgents;

    Bucket(RoutedQueue queue, Requirement requirement) {
        this.queue = queue;
        this.requirement = requirement;
    }
}
