package org.acd.simulator.emulator;

import java.util.List;

/**
 * One trunk caller: when it calls, who it is, what it keys and how long it holds and talks.
 *
 * @param atMs       when it calls, from the start of the run
 * @param number     its caller number
 * @param extension  the number it dialled
 * @param keys       what it keys, one entry per prompt that waits for digits (GET DATA, WAIT FOR
 *                   DIGIT), in order: an entry's digits, an empty entry to let that prompt time
 *                   out, {@link #HANG_UP} to hang up during it; every prompt after the last entry
 *                   times out. WAIT FOR DIGIT takes an entry's keys one at a time, its terminator
 *                   too; GET DATA takes it whole, without a terminating {@code #}
 * @param patienceMs how long it holds for an agent before hanging up
 * @param talkMs     how long it talks once bridged before hanging up itself, unless the agent hangs
 *                   up first; {@link #TALKS_UNTIL_AGENT_HANGS_UP} to leave that to the agent
 */
public record CallerPlan(long atMs, String number, String extension, List<String> keys, long patienceMs,
                         long talkMs) {

    /** A caller who never ends a conversation: the agent does. */
    public static final long TALKS_UNTIL_AGENT_HANGS_UP = Long.MAX_VALUE;
    /** An entry of {@code keys}: the caller hangs up at that prompt instead of keying. */
    public static final String HANG_UP = "hang up";

    public CallerPlan {
        keys = List.copyOf(keys);
        if (talkMs <= 0) {
            throw new IllegalArgumentException("caller " + number + ": talkMs must be positive, not " + talkMs);
        }
    }

    /** A caller who keys one menu digit and talks until the agent hangs up. */
    public CallerPlan(long atMs, String number, String extension, String digit, long patienceMs) {
        this(atMs, number, extension, List.of(digit), patienceMs, TALKS_UNTIL_AGENT_HANGS_UP);
    }

    /** The first thing it keys, or empty when it keys nothing. */
    public String digit() {
        return keys.isEmpty() ? "" : keys.get(0);
    }
}
