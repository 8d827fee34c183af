package org.acd.core.runtime;

import java.nio.file.Path;
import org.acd.core.journal.JournalDurability;

/**
 * How the runtime runs.
 *
 * @param journalDirectory where the journal lives; replayed at start if it holds events
 * @param ringSize         slots in the input ring, a power of two
 * @param durability       what a journaled event survives
 * @param waitStrategy     how the pipeline threads wait for events
 * @param tickIntervalMs   how often the wall clock is published as {@code timeAdvanced}; 0 publishes
 *                         no ticks (tests, simulations and harnesses that stamp time themselves)
 */
public record RuntimeOptions(Path journalDirectory, int ringSize, JournalDurability durability,
                             PipelineWaitStrategy waitStrategy, long tickIntervalMs) {

    public RuntimeOptions {
        if (Integer.bitCount(ringSize) != 1) {
            throw new IllegalArgumentException("ringSize: " + ringSize + " is not a power of two");
        }
        if (tickIntervalMs < 0) {
            throw new IllegalArgumentException("tickIntervalMs: " + tickIntervalMs + " is negative");
        }
    }

    /** A 65,536-slot ring, page-cache durability, back-off waiting, and no ticks. */
    public static RuntimeOptions defaults(Path journalDirectory) {
        return new RuntimeOptions(journalDirectory, 1 << 16, JournalDurability.PAGE_CACHE,
                PipelineWaitStrategy.BACK_OFF, 0);
    }

    public RuntimeOptions withWaitStrategy(PipelineWaitStrategy strategy) {
        return new RuntimeOptions(journalDirectory, ringSize, durability, strategy, tickIntervalMs);
    }

    public RuntimeOptions withDurability(JournalDurability journalDurability) {
        return new RuntimeOptions(journalDirectory, ringSize, journalDurability, waitStrategy, tickIntervalMs);
    }

    /** Publishes the wall clock every {@code intervalMs}: what a live server wants (100 ms is a good start). */
    public RuntimeOptions withWallClockTicks(long intervalMs) {
        return new RuntimeOptions(journalDirectory, ringSize, durability, waitStrategy, intervalMs);
    }
}
