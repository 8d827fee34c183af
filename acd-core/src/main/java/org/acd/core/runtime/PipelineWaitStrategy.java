package org.acd.core.runtime;

import com.lmax.disruptor.BlockingWaitStrategy;
import com.lmax.disruptor.BusySpinWaitStrategy;
import com.lmax.disruptor.WaitStrategy;
import com.lmax.disruptor.YieldingWaitStrategy;

/** How the journaling and engine threads wait for the next event. */
public enum PipelineWaitStrategy {
    /**
     * Sleep on a lock while nothing is published, spin while the stage before is behind: Disruptor's
     * own blocking strategy.
     */
    BLOCKING,
    /**
     * Spin briefly, then sleep until the stage followed hands over ({@link HandoffWaitStrategy}):
     * microsecond latency under load, no CPU while waiting, even for the engine behind the journaler.
     * The default.
     */
    BACK_OFF,
    /** Spin then yield, never sleep: lowest latency, keeps the pipeline threads on the cores. */
    YIELDING,
    /** Spin only: for machines with cores to spare. */
    BUSY_SPIN;

    WaitStrategy create() {
        return switch (this) {
            case BLOCKING -> new BlockingWaitStrategy();
            case BACK_OFF -> new HandoffWaitStrategy();
            case YIELDING -> new YieldingWaitStrategy();
            case BUSY_SPIN -> new BusySpinWaitStrategy();
        };
    }
}
