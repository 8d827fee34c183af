package org.acd.core.engine;

/**
 * The engine's notion of now: the time of the event or timer being handled, never a clock
 * reading. Only moves forward, so a late-stamped event cannot make time run backwards.
 */
final class EventTime {

    private long nowMs = Long.MIN_VALUE;

    long nowMs() {
        return nowMs;
    }

    void advanceTo(long eventMs) {
        nowMs = Math.max(nowMs, eventMs);
    }
}
