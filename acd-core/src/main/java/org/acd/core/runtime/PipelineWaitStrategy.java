package org.acd.core.runtime;

import com.lmax.disruptor.BlockingWaitStrategy;
import com.lmax.disruptor.BusySpinWaitStrategy;
import com.lmax.disruptor.PhasedBackoffWaitStrategy;
import com.lmax.disruptor.WaitStrategy;
import com.lmax.disruptor.YieldingWaitStrategy;
import java.util.concurrent.TimeUnit;

/** How the journaling and engine threads wait for the next event. */
public enum PipelineWaitStrategy {
    /** Sleep on a lock: least CPU, tens of microseconds to wake. */
    BLOCKING,
    /**
     * Spin briefly, then yield for a millisecond, then sleep on a lock: microsecond latency under
     * load, little CPU when idle. The default.
     */
    BACK_OFF,
    /** Spin then yield, never sleep: lowest latency, keeps both pipeline threads on a core. */
    YIELDING,
    /** Spin only: for machines with cores to spare. */
    BUSY_SPIN;

    WaitStrategy create() {
        return switch (this) {
            case BLOCKING -> new BlockingWaitStrategy();
            case BACK_OFF -> PhasedBackoffWaitStrategy.withLiteLock(20, 1000, TimeUnit.MICROSECONDS);
            case YIELDING -> new YieldingWaitStrategy();
            case BUSY_SPIN -> new BusySpinWaitStrategy();
        };
    }
}
