package org.acd.core.engine;

import java.util.List;
import org.acd.core.api.CallState;
import org.acd.core.model.SkillRequirement;

/**
 * A call the engine routes. While it waits it is a member of exactly one {@link Bucket}'s ranked set,
 * keyed so that the set's first member is the call with the highest effective priority, then the oldest.
 * Owned by the engine thread.
 */
final class Call extends RankedNode {

    final long id;
    /** Re-bound to the reloaded tier of the same id by a configuration reload. */
    Tier tier;
    final String callerNumber;
    /** Skills demanded on top of the queue's, in skill order, whatever queue the call is in. */
    final List<SkillRequirement> extraSkills;
    /** Original entry time: kept through RONA, overflow steps, moves between queues and callbacks. */
    final long entryMs;
    final Timer stepTimer = Timer.forCall(Timer.Kind.QUEUE_STEP, this);
    /** The ring timeout of an offer, or the answer timeout of a callback attempt. */
    final Timer ringTimer = Timer.forCall(Timer.Kind.RING_TIMEOUT, this);
    /** Made when first armed: most calls never need them, and arrivals should allocate little. */
    private Timer retryTimer;
    private Timer announceTimer;
    /** Offer a callback once the estimated wait exceeds this; 0: never. */
    final long callbackOfferAfterWaitMs;

    CallState state = CallState.QUEUED;
    RoutedQueue queue;
    /** When the call entered its current queue; overflow steps and max wait count from here. */
    long queueEntryMs;
    /** How many of the current queue's overflow steps have been applied. */
    int stepsApplied;
    /** Tier priority plus the hand-off's extra points plus raise-priority steps. */
    int priority;
    /** The current queue's buckets by overflow level, for this call's tier and extra skills. */
    Bucket[] levels;
    Bucket bucket;
    /** The agent whose phone rings for the call, then who talks with the caller. */
    Agent agent;
    long offeredAtMs;
    long connectedAtMs;
    /** The number to call back, null unless the caller accepted a callback. */
    String callbackNumber;
    /** Callback attempts made so far. */
    int callbackAttempts;
    boolean callbackOffered;
    /** What the caller last heard: position (0: nothing yet) and estimated wait (-1: nothing yet). */
    int announcedPosition;
    long announcedWaitMs = WaitEstimator.UNKNOWN;

    Call(long id, Tier tier, String callerNumber, long entryMs, List<SkillRequirement> extraSkills, int extraPriority,
         long callbackOfferAfterWaitMs) {
        this.id = id;
        this.tier = tier;
        this.callerNumber = callerNumber;
        this.entryMs = entryMs;
        this.extraSkills = List.copyOf(extraSkills);
        this.priority = tier.priority() + extraPriority;
        this.callbackOfferAfterWaitMs = callbackOfferAfterWaitMs;
    }

    Timer retryTimer() {
        if (retryTimer == null) {
            retryTimer = Timer.forCall(Timer.Kind.CALLBACK_RETRY, this);
        }
        return retryTimer;
    }

    Timer announceTimer() {
        if (announceTimer == null) {
            announceTimer = Timer.forCall(Timer.Kind.ANNOUNCE, this);
        }
        return announceTimer;
    }

    /** Disarms the timers made on demand. */
    void cancelOptionalTimers(Timers timers) {
        if (retryTimer != null) {
            timers.cancel(retryTimer);
        }
        cancelAnnouncements(timers);
    }

    void cancelAnnouncements(Timers timers) {
        if (announceTimer != null) {
            timers.cancel(announceTimer);
        }
    }

    /** When the next callback attempt may start, {@link Long#MIN_VALUE} if none waits. */
    long retryDueMsOrNone() {
        return retryTimer == null ? Long.MIN_VALUE : retryTimer.dueMsOrNone();
    }

    /** Whether the caller accepted a callback; it stays one once the customer is back on the line. */
    boolean isCallback() {
        return callbackNumber != null;
    }

    /** Effective priority now: priority plus the queue's aging since entry, plus the queue's weight. */
    double effectivePriority(long nowMs, long epochMs) {
        return Priority.effective(primaryKey, queue, nowMs - epochMs);
    }

    void keyForWaiting(long epochMs) {
        setKeys(Priority.waitingKey(priority, entryMs - epochMs, queue), entryMs, id);
    }
}
