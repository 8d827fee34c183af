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
 */
public record RuntimeOptions(Path journalDirectory, int ringSize, JournalDurability durability,
                             PipelineWaitStrategy waitStrategy) {

    public RuntimeOptions {
        if (Integer.bitCount(ringSize) != 1) {
            throw new IllegalArgumentException("ringSize: " + ringSize + " is not a power of two");
        }
    }

    public static RuntimeOptions defaults(Path journalDirectory) {
        return new RuntimeOptions(journalDirectory, 1 << 16, JournalDurability.PAGE_CACHE,
                PipelineWaitStrategy.BACK_OFF);
    }

    public RuntimeOptions withWaitStrategy(PipelineWaitStrategy strategy) {
        return new RuntimeOptions(journalDirectory, ringSize, durability, strategy);
    }

    public RuntimeOptions withDurability(JournalDurability journalDurability) {
        return new RuntimeOptions(journalDirectory, ringSize, journalDurability, waitStrategy);
    }
}
