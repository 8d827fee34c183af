package org.acd.core.journal;

/**
 * What a journaled event survives. The journal is a memory-mapped Chronicle Queue: an appended
 * event is in the operating system's page cache the moment the append returns.
 */
public enum JournalDurability {
    /**
     * Survives a crash or kill of this process (the page cache outlives it); a power loss or kernel
     * crash can lose what the kernel had not yet written back, typically the last few seconds.
     */
    PAGE_CACHE,
    /**
     * Also survives a power loss: every batch of events is synced to disk (msync) before the engine
     * acts on it, at the cost of a disk flush per batch.
     */
    SYNC_EACH_BATCH
}
