package org.acd.core.engine;

import java.util.Arrays;

/**
 * Storage shared by the two halves of {@link ReadyAgents}: entries of (primary key, idle since,
 * agent index, route generation) packed four longs apiece in one array, so that comparing an entry
 * reads one cache line and never the agent object, beside an array of the agents themselves. An
 * entry is live while its generation is the agent's {@link Agent#routeGeneration}; a stale one is
 * left behind by an agent who stopped being routable, and is dropped later. Engine thread only.
 */
abstract class ReadyEntries {

    private static final int STRIDE = 4;
    private static final int PRIMARY = 0;
    private static final int IDLE_SINCE = 1;
    private static final int AGENT_INDEX = 2;
    private static final int GENERATION = 3;
    private static final int INITIAL_CAPACITY = 16;

    private long[] keys = new long[INITIAL_CAPACITY * STRIDE];
    private Agent[] agents = new Agent[INITIAL_CAPACITY];

    final int capacity() {
        return agents.length;
    }

    final Agent agent(int slot) {
        return agents[slot];
    }

    final boolean isLive(int slot) {
        return keys[slot * STRIDE + GENERATION] == agents[slot].routeGeneration;
    }

    /** Writes a new entry for a routable agent. */
    final void set(int slot, long primaryKey, Agent agent) {
        int at = slot * STRIDE;
        keys[at + PRIMARY] = primaryKey;
        keys[at + IDLE_SINCE] = agent.idleSinceMs;
        keys[at + AGENT_INDEX] = agent.index;
        keys[at + GENERATION] = agent.routeGeneration;
        agents[slot] = agent;
    }

    final void clear(int slot) {
        agents[slot] = null;
    }

    final void move(int from, int to) {
        System.arraycopy(keys, from * STRIDE, keys, to * STRIDE, STRIDE);
        agents[to] = agents[from];
    }

    /** Moves the live entries of {@code [from, to)}, in order, to the front; returns how many. */
    final int keepLive(int from, int to) {
        int live = 0;
        for (int slot = from; slot < to; slot++) {
            if (isLive(slot)) {
                move(slot, live++);
            }
        }
        Arrays.fill(agents, live, to, null);
        return live;
    }

    final int countLive(int from, int to) {
        int live = 0;
        for (int slot = from; slot < to; slot++) {
            if (isLive(slot)) {
                live++;
            }
        }
        return live;
    }

    /** Doubles the capacity when more than half of it holds {@code live} entries. */
    final void growIfCrowded(int live) {
        if (2 * live > agents.length) {
            keys = Arrays.copyOf(keys, keys.length * 2);
            agents = Arrays.copyOf(agents, agents.length * 2);
        }
    }

    /** Whether entry {@code a} is offered before entry {@code b}. */
    final boolean precedes(int a, int b) {
        int atA = a * STRIDE;
        int atB = b * STRIDE;
        return precedes(keys[atA + PRIMARY], keys[atA + IDLE_SINCE], keys[atA + AGENT_INDEX], keys[atB + PRIMARY],
                keys[atB + IDLE_SINCE], keys[atB + AGENT_INDEX]);
    }

    /** Whether an agent keyed {@code primaryKey} is offered before entry {@code slot}. */
    final boolean precedes(long primaryKey, Agent agent, int slot) {
        int at = slot * STRIDE;
        return precedes(primaryKey, agent.idleSinceMs, agent.index, keys[at + PRIMARY], keys[at + IDLE_SINCE],
                keys[at + AGENT_INDEX]);
    }

    /** Whether entry {@code slot} here is offered before entry {@code otherSlot} of {@code other}. */
    final boolean precedes(int slot, ReadyEntries other, int otherSlot) {
        int at = slot * STRIDE;
        int otherAt = otherSlot * STRIDE;
        return precedes(keys[at + PRIMARY], keys[at + IDLE_SINCE], keys[at + AGENT_INDEX],
                other.keys[otherAt + PRIMARY], other.keys[otherAt + IDLE_SINCE], other.keys[otherAt + AGENT_INDEX]);
    }

    /** The one order of ready agents: primary key, then idle the longest, then configuration order. */
    private static boolean precedes(long primaryA, long idleSinceA, long indexA, long primaryB, long idleSinceB,
                                    long indexB) {
        if (primaryA != primaryB) {
            return primaryA < primaryB;
        }
        if (idleSinceA != idleSinceB) {
            return idleSinceA < idleSinceB;
        }
        return indexA < indexB;
    }
}
