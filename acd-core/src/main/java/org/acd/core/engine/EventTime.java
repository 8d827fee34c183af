package org.acd.core.engine;

/**
 * The engine's notion of now: the time of the event or timer being handled, never a clock
 * reading. Only moves forward, so a late-stamped event cannot make time run backwards. The time
 * of the very first event is the epoch that priority keys count from, the same on every replay.
 */
final class EventTime {

    private boolean started;
    private long epochMs;
    private long nowMs;

    long nowMs() {
        return nowMs;
    }

    long epochMs() {
        return epochMs;
    }

    void advanceTo(long eventMs) {
        if (!started) {
            started = true;
            epochMs = eventMs;
            nowMs = eventMs;
        }
        nowMs = Math.max(nowMs, eventMs);
    }
}
