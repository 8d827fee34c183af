package org.acd.core.engine;

import org.acd.core.api.AgentState;

/**
 * The remaining wait of a call from what the engine knows now, not from past waits: its position
 * among the queue's waiting calls, the agents serving the queue (ready, ringing, talking, wrapping
 * up) and the queue's recent handle times. A call at position p with r agents ready and n serving
 * waits for p - r of them to free up; with n agents each freeing up once per handle time H, that
 * takes {@code (p - r) * H / n}. Agents are counted by the queue's own skills: a call that asks for
 * extra skills may have fewer. Engine thread only (pure arithmetic).
 */
final class WaitEstimator {

    /** Returned when no estimate can be made: no agent serves the queue, or no call completed in it yet. */
    static final long UNKNOWN = -1;

    private WaitEstimator() {
    }

    static long estimateMs(int position, int readyAgents, int servingAgents, long handleMs) {
        if (position <= readyAgents) {
            return 0;
        }
        if (servingAgents == 0 || handleMs < 0) {
            return UNKNOWN;
        }
        return (position - readyAgents) * handleMs / servingAgents;
    }

    /**
     * The estimate for a caller joining the queue now: behind the calls still awaiting an agent, not
     * behind ringing ones, whose agents are already theirs (and counted as serving).
     */
    static long estimateForJoiningMs(RoutedQueue queue) {
        return estimateMs(queue, queue.callsAwaitingAnAgent() + 1);
    }

    /** The estimate for a call at {@code position} in the queue. */
    static long estimateMs(RoutedQueue queue, int position) {
        return estimateMs(position, queue.agentsIn(AgentState.READY), queue.agentsServing(),
                queue.handleTimes.meanMs());
    }
}
