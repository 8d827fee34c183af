package org.acd.core.engine;

/**
 * The ready agents of one bucket, best first, with lazy removal. An agent who stops being routable
 * is not taken out of the ready agents of its buckets: it bumps its {@link Agent#routeGeneration},
 * which makes every entry it left behind stale in O(1), whatever the number of its buckets. Stale
 * entries are dropped when they reach the head, or all at once when an array fills up.
 *
 * <p>Entries live in two halves: a {@link ReadyRun} of agents who arrived in order (each ordering
 * after the one before) and a {@link ReadyHeap} of the others. Under the longest-idle strategy
 * nearly every agent arrives in order, so adding one and dropping a stale head cost O(1); under the
 * other strategies many arrive out of order and cost O(log n) in the heap. The best agent is the
 * better of the two heads. Engine thread only.
 */
final class ReadyAgents {

    private final ReadyRun run = new ReadyRun();
    private final ReadyHeap heap = new ReadyHeap();

    /**
     * Adds a routable agent, ordered by {@code primaryKey}, then by when it became idle, then by its
     * configuration index. The agent has no live entry here.
     */
    void add(Agent agent, long primaryKey) {
        if (run.acceptsNext(primaryKey, agent)) {
            run.append(agent, primaryKey);
        } else {
            heap.add(agent, primaryKey);
        }
    }

    /** The best routable agent, or null when none is; drops the stale entries in front of it. */
    Agent peek() {
        int fromRun = run.headSlot();
        int fromHeap = heap.headSlot();
        if (fromHeap < 0) {
            return fromRun < 0 ? null : run.agent(fromRun);
        }
        if (fromRun < 0 || heap.precedes(fromHeap, run, fromRun)) {
            return heap.agent(fromHeap);
        }
        return run.agent(fromRun);
    }

    /** How many routable agents this bucket has; O(n), for views. */
    int liveCount() {
        return run.liveCount() + heap.liveCount();
    }
}
