package org.acd.simulator.whatif;

import java.util.PriorityQueue;

/** The replay's pending events in time order, and its now, moved only by the loop. Replay thread only. */
final class ReplaySchedule {

    private final PriorityQueue<ReplayEvent> events = new PriorityQueue<>(1024, ReplayEvent::compare);
    private long sequence;
    private long nowMs = Long.MIN_VALUE;

    void at(long timeMs, ReplayEvent.Kind kind, ReplayCall call, String agentId, int offer) {
        events.add(new ReplayEvent(kind, timeMs, ++sequence, call, agentId, offer, null));
    }

    void presence(PresenceChange change) {
        events.add(new ReplayEvent(ReplayEvent.Kind.PRESENCE, change.timeMs(), ++sequence, null, change.agentId(), 0,
                change));
    }

    /** The earliest event without removing it; null when none is pending. */
    ReplayEvent peek() {
        return events.peek();
    }

    ReplayEvent poll() {
        return events.poll();
    }

    long nowMs() {
        return nowMs;
    }

    void advanceTo(long timeMs) {
        nowMs = timeMs;
    }
}
