package org.acd.simulator.virtual;

import java.util.PriorityQueue;

/** The simulator's pending events in virtual-time order. Simulation thread only. */
final class EventSchedule {

    private final PriorityQueue<SimEvent> events = new PriorityQueue<>(1024, SimEvent::compare);
    private long scheduled;

    void at(long timeMs, SimEvent.Kind kind, long callId, String agentId, int offer) {
        events.add(new SimEvent(kind, timeMs, ++scheduled, callId, agentId, offer));
    }

    /** The earliest event without removing it; null when none is pending. */
    SimEvent peek() {
        return events.peek();
    }

    SimEvent poll() {
        return events.poll();
    }

    long scheduledCount() {
        return scheduled;
    }
}
