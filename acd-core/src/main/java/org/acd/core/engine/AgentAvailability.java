package org.acd.core.engine;

import org.acd.core.api.AgentState;
import org.acd.core.api.RoutingOutcomes;

/**
 * The agent side of routing: every change of an agent's state goes through here, wrap-up after a
 * call, pending not-ready and logout, and whether the agent is routable. An agent becoming READY with
 * a reachable phone takes the best waiting call at once ({@link CallRouter#offer}) or joins the ready
 * agents of its buckets. Runs on the engine thread only.
 */
final class AgentAvailability {

    private final CallRouter router;
    private final EventTime time;
    private final Timers timers;
    private final RoutingOutcomes outcomes;

    AgentAvailability(CallRouter router, EventTime time, Timers timers, RoutingOutcomes outcomes) {
        this.router = router;
        this.time = time;
        this.timers = timers;
        this.outcomes = outcomes;
    }

    /** The agent's call ended: logout if asked for, else wrap-up (the queue's or the agent's own), else ready. */
    void callEnded(Agent agent, RoutedQueue queue) {
        if (agent.pendingLogout) {
            logOut(agent);
            return;
        }
        long wrapUpMs = agent.wrapUpMsAfter(queue);
        if (wrapUpMs > 0) {
            setAgentState(agent, AgentState.WRAP_UP, "");
            timers.arm(agent.wrapUpTimer, time.nowMs() + wrapUpMs);
        } else {
            afterWrapUp(agent);
        }
    }

    /** Wrap-up ended (timer or the agent's request): a pending not-ready applies, else READY. */
    void endWrapUp(Agent agent) {
        timers.cancel(agent.wrapUpTimer);
        agent.handleMsSinceLogin += time.nowMs() - agent.stateSinceMs;
        afterWrapUp(agent);
    }

    private void afterWrapUp(Agent agent) {
        String notReadyReason = agent.pendingNotReadyReason;
        agent.pendingNotReadyReason = null;
        if (notReadyReason != null) {
            setAgentState(agent, AgentState.NOT_READY, notReadyReason);
        } else {
            setAgentState(agent, AgentState.READY, "");
        }
    }

    void logOut(Agent agent) {
        timers.cancel(agent.wrapUpTimer);
        agent.pendingLogout = false;
        agent.pendingNotReadyReason = null;
        for (AgentInBucket membership : agent.memberships) {
            membership.bucket.loggedInAgents--;
        }
        setAgentState(agent, AgentState.LOGGED_OUT, "");
    }

    /**
     * The one place agent state changes. READY with a reachable phone makes the agent routable:
     * it takes the best waiting call at once, or joins the ready agents of its buckets: O(B) for its
     * B buckets to look for a call, then O(P) for the P distinct ready-agent pools of those buckets
     * (buckets of one requirement and strategy share one), each O(1) for the longest-idle strategy
     * and O(log A) at worst.
     */
    void setAgentState(Agent agent, AgentState state, String reason) {
        long nowMs = time.nowMs();
        for (RoutedQueue queue : agent.servedQueues) {
            queue.agentMoved(agent.state, state);
        }
        agent.state = state;
        agent.reason = reason;
        agent.stateSinceMs = nowMs;
        outcomes.agentStateChanged(nowMs, agent.id(), state, reason);
        if (state == AgentState.READY) {
            agent.idleSinceMs = nowMs;
            routeIfAvailable(agent);
        } else {
            makeUnroutable(agent);
        }
    }

    void routeIfAvailable(Agent agent) {
        if (agent.state != AgentState.READY || !agent.deviceReachable || agent.routable) {
            return;
        }
        Call best = bestWaitingCallFor(agent);
        if (best != null) {
            best.bucket.waitingCalls.remove(best);
            router.offer(best, agent);
            return;
        }
        agent.routable = true;
        agent.routeGeneration++;
        for (AgentInBucket membership : agent.readyMemberships) {
            membership.bucket.readyAgents.add(agent, membership.readyKey());
        }
    }

    /** O(1): the agent's entries in the ready heaps of its buckets go stale and are dropped later. */
    void makeUnroutable(Agent agent) {
        if (!agent.routable) {
            return;
        }
        agent.routable = false;
        agent.routeGeneration++;
    }

    /** Across every bucket the agent serves: highest effective priority now, then oldest, then lowest id. */
    private Call bestWaitingCallFor(Agent agent) {
        long nowMs = time.nowMs();
        Call best = null;
        double bestPriority = 0;
        for (AgentInBucket membership : agent.memberships) {
            Call head = membership.bucket.waitingCalls.first();
            if (head == null) {
                continue;
            }
            double priority = head.effectivePriority(nowMs, time.epochMs());
            if (best == null || priority > bestPriority
                    || (priority == bestPriority && (head.entryMs < best.entryMs
                        || (head.entryMs == best.entryMs && head.id < best.id)))) {
                best = head;
                bestPriority = priority;
            }
        }
        return best;
    }
}
