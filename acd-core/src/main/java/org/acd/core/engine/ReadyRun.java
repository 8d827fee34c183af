package org.acd.core.engine;

/**
 * The ready agents of a bucket who arrived in order, each ordering after the one before: an array
 * sorted by construction, read from its front. The longest-idle strategy puts nearly every agent
 * here, since a newly ready agent has been idle the shortest time. Appending, taking the head and
 * dropping a stale head all cost O(1); compaction, when the array is full, O(n) at most once per
 * n/2 appends. Engine thread only.
 */
final class ReadyRun extends ReadyEntries {

    private int first;
    private int end;

    /** Whether an agent keyed {@code primaryKey} orders after every entry here, so can be appended. */
    boolean acceptsNext(long primaryKey, Agent agent) {
        return first == end || !precedes(primaryKey, agent, end - 1);
    }

    void append(Agent agent, long primaryKey) {
        if (end == capacity()) {
            makeRoom();
        }
        set(end++, primaryKey, agent);
    }

    /** The slot of the first live entry, dropping the stale ones before it; -1 when there is none. */
    int headSlot() {
        while (first < end) {
            if (isLive(first)) {
                return first;
            }
            first++;
        }
        first = 0;
        end = 0;
        return -1;
    }

    int liveCount() {
        return countLive(first, end);
    }

    private void makeRoom() {
        int live = keepLive(first, end);
        first = 0;
        end = live;
        growIfCrowded(live);
    }
}
