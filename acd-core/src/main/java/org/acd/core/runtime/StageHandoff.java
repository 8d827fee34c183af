package org.acd.core.runtime;

import com.lmax.disruptor.Sequence;
import com.lmax.disruptor.WaitStrategy;

/**
 * What a consumer that others follow does at the end of each batch: publishes how far it got at
 * once (the Disruptor would only after the handler returns) and wakes the threads sleeping on it in
 * the {@link HandoffWaitStrategy}. Costs one atomic read per batch when nobody sleeps.
 */
final class StageHandoff {

    private final WaitStrategy waitStrategy;
    private Sequence progress;

    StageHandoff(WaitStrategy waitStrategy) {
        this.waitStrategy = waitStrategy;
    }

    /** The consumer's own sequence, given by the Disruptor before its thread starts. */
    void follow(Sequence consumerSequence) {
        progress = consumerSequence;
    }

    /** Everything up to {@code sequence} is handled: the next stage may take it. */
    void handOver(long sequence) {
        progress.set(sequence);
        waitStrategy.signalAllWhenBlocking();
    }
}
