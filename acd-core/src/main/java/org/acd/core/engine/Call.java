package org.acd.core.engine;

import org.acd.core.api.CallState;

/**
 * A call the engine routes. While it waits it is a member of exactly one {@link Bucket}'s ranked set,
 * keyed so that the set's first member is the call with the highest effective priority, then the oldest.
 * Owned by the engine thread.
 */
final class Call extends RankedNode {

    final long id;
    final Tier tier;
    final String callerNumber;
    /** Original entry time: kept through RONA, overflow steps and moves between queues. */
    final long entryMs;
    final Timer stepTimer = Timer.forCall(Timer.Kind.QUEUE_STEP, this);
    final Timer ringTimer = Timer.forCall(Timer.Kind.RING_TIMEOUT, this);

    CallState state = CallState.QUEUED;
    RoutedQueue queue;
    /** When the call entered its current queue; overflow steps and max wait count from here. */
    long queueEntryMs;
    /** How many of the current queue's overflow steps have been applied. */
    int stepsApplied;
    /** Tier priority plus raise-priority steps. */
    int priority;
    Bucket bucket;
    /** The agent whose phone rings for the call, then who talks with the caller. */
    Agent agent;
    long offeredAtMs;
    long connectedAtMs;

    Call(long id, Tier tier, String callerNumber, long entryMs) {
        this.id = id;
        this.tier = tier;
        this.callerNumber = callerNumber;
        this.entryMs = entryMs;
        this.priority = tier.priority();
    }

    /** Effective priority now: priority plus the queue's aging since entry, plus the queue's weight. */
    double effectivePriority(long nowMs, long epochMs) {
        return Priority.effective(primaryKey, queue, nowMs - epochMs);
    }

    void keyForWaiting(long epochMs) {
        setKeys(Priority.waitingKey(priority, entryMs - epochMs, queue), entryMs, id);
    }
}
