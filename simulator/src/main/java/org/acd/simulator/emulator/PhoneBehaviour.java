package org.acd.simulator.emulator;

/**
 * How an agent's phone behaves when rung.
 *
 * @param reachable  registered; an unreachable phone reports {@code UNAVAILABLE} and cannot be rung
 * @param answers    picks up at all; otherwise it rings until the ring is cancelled or times out
 * @param ringMs     rings this long before the agent picks up
 * @param talkMs     the agent hangs up this long after the bridge
 */
public record PhoneBehaviour(boolean reachable, boolean answers, long ringMs, long talkMs) {

    public static PhoneBehaviour answering(long ringMs, long talkMs) {
        return new PhoneBehaviour(true, true, ringMs, talkMs);
    }

    public static PhoneBehaviour neverAnswering() {
        return new PhoneBehaviour(true, false, 0, 0);
    }

    public static PhoneBehaviour unreachable() {
        return new PhoneBehaviour(false, false, 0, 0);
    }
}
