package org.acd.core.engine;

import java.util.Arrays;

/**
 * The ready agents of one bucket, best first: a four-ary min-heap kept in parallel primitive arrays
 * (keys inline, so a sift reads contiguous memory instead of chasing one object per level, and the
 * four children of a node share a cache line or two), with lazy removal. An agent who stops being routable is not taken out of the heaps of its buckets:
 * it bumps its {@link Agent#routeGeneration}, which makes every entry it left behind stale, in O(1)
 * whatever the number of buckets. Stale entries are dropped when they reach the head, or all at
 * once when the arrays fill up.
 *
 * <p>Costs: {@link #add} O(log n) worst case, O(1) when the newcomer orders last (the longest-idle
 * strategy, where a newly ready agent has been idle the shortest time); {@link #peek} O(1) plus
 * O(log n) per stale entry it drops, each entry being dropped once; compaction O(n) when the arrays
 * are full, at most once per n/2 additions, so O(1) amortized. Engine thread only.
 */
final class ReadyAgents {

    private static final int INITIAL_CAPACITY = 16;

    private long[] primaryKeys = new long[INITIAL_CAPACITY];
    private long[] idleSinceKeys = new long[INITIAL_CAPACITY];
    private int[] agentIndexes = new int[INITIAL_CAPACITY];
    private Agent[] agents = new Agent[INITIAL_CAPACITY];
    /** The agent's route generation when the entry was added; the entry is live while they match. */
    private long[] generations = new long[INITIAL_CAPACITY];
    private int size;

    /**
     * Adds a routable agent, ordered by {@code primaryKey}, then by when it became idle, then by its
     * configuration index. The agent has no live entry here.
     */
    void add(Agent agent, long primaryKey) {
        if (size == agents.length) {
            makeRoom();
        }
        int index = size++;
        while (index > 0) {
            int parent = (index - 1) >>> 2;
            if (!precedes(primaryKey, agent.idleSinceMs, agent.index, parent)) {
                break;
            }
            move(parent, index);
            index = parent;
        }
        set(index, primaryKey, agent);
    }

    /** The best routable agent, or null when none is; drops the stale entries in front of it. */
    Agent peek() {
        while (size > 0) {
            Agent head = agents[0];
            if (generations[0] == head.routeGeneration) {
                return head;
            }
            removeHead();
        }
        return null;
    }

    /** How many routable agents this bucket has; O(n), for views. */
    int liveCount() {
        int live = 0;
        for (int i = 0; i < size; i++) {
            if (generations[i] == agents[i].routeGeneration) {
                live++;
            }
        }
        return live;
    }

    private void removeHead() {
        int last = --size;
        if (last > 0) {
            siftDown(0, primaryKeys[last], idleSinceKeys[last], agentIndexes[last], agents[last], generations[last]);
        }
        agents[last] = null;
    }

    private void siftDown(int index, long primaryKey, long idleSinceMs, int agentIndex, Agent agent,
                          long generation) {
        int withChildren = (size + 2) >>> 2;
        while (index < withChildren) {
            int child = 4 * index + 1;
            int end = Math.min(child + 4, size);
            for (int sibling = child + 1; sibling < end; sibling++) {
                if (entryPrecedes(sibling, child)) {
                    child = sibling;
                }
            }
            if (!precedes(primaryKeys[child], idleSinceKeys[child], agentIndexes[child], primaryKey, idleSinceMs,
                    agentIndex)) {
                break;
            }
            move(child, index);
            index = child;
        }
        primaryKeys[index] = primaryKey;
        idleSinceKeys[index] = idleSinceMs;
        agentIndexes[index] = agentIndex;
        agents[index] = agent;
        generations[index] = generation;
    }

    /** Full: drops every stale entry and rebuilds the heap; grows when more than half are live. */
    private void makeRoom() {
        int live = 0;
        for (int i = 0; i < size; i++) {
            if (generations[i] == agents[i].routeGeneration) {
                primaryKeys[live] = primaryKeys[i];
                idleSinceKeys[live] = idleSinceKeys[i];
                agentIndexes[live] = agentIndexes[i];
                agents[live] = agents[i];
                generations[live] = generations[i];
                live++;
            }
        }
        Arrays.fill(agents, live, size, null);
        size = live;
        if (2 * live > agents.length) {
            int capacity = 2 * agents.length;
            primaryKeys = Arrays.copyOf(primaryKeys, capacity);
            idleSinceKeys = Arrays.copyOf(idleSinceKeys, capacity);
            agentIndexes = Arrays.copyOf(agentIndexes, capacity);
            agents = Arrays.copyOf(agents, capacity);
            generations = Arrays.copyOf(generations, capacity);
        }
        for (int i = ((size + 2) >>> 2) - 1; i >= 0; i--) {
            siftDown(i, primaryKeys[i], idleSinceKeys[i], agentIndexes[i], agents[i], generations[i]);
        }
    }

    private void set(int index, long primaryKey, Agent agent) {
        primaryKeys[index] = primaryKey;
        idleSinceKeys[index] = agent.idleSinceMs;
        agentIndexes[index] = agent.index;
        agents[index] = agent;
        generations[index] = agent.routeGeneration;
    }

    private void move(int from, int to) {
        primaryKeys[to] = primaryKeys[from];
        idleSinceKeys[to] = idleSinceKeys[from];
        agentIndexes[to] = agentIndexes[from];
        agents[to] = agents[from];
        generations[to] = generations[from];
    }

    private boolean entryPrecedes(int a, int b) {
        return precedes(primaryKeys[a], idleSinceKeys[a], agentIndexes[a], primaryKeys[b], idleSinceKeys[b],
                agentIndexes[b]);
    }

    private boolean precedes(long primaryKey, long idleSinceMs, int agentIndex, int entry) {
        return precedes(primaryKey, idleSinceMs, agentIndex, primaryKeys[entry], idleSinceKeys[entry],
                agentIndexes[entry]);
    }

    private static boolean precedes(long primaryA, long idleSinceA, int indexA, long primaryB, long idleSinceB,
                                    int indexB) {
        if (primaryA != primaryB) {
            return primaryA < primaryB;
        }
        if (idleSinceA != idleSinceB) {
            return idleSinceA < idleSinceB;
        }
        return indexA < indexB;
    }
}
