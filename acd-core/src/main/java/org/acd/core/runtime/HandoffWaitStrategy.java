package org.acd.core.runtime;

import com.lmax.disruptor.AlertException;
import com.lmax.disruptor.Sequence;
import com.lmax.disruptor.SequenceBarrier;
import com.lmax.disruptor.WaitStrategy;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Spins a few microseconds on the stage a thread follows (the producers for the journaler, the
 * journaler for the engine, the engine for the latency recorder), then sleeps on a lock until that
 * stage signals. Disruptor's own strategies sleep only while the producers have published nothing
 * and spin while an earlier consumer is behind; on two shared cores the spinning engine takes the
 * CPU from the very journaler it waits for. Here the producers signal on publish (the Disruptor does
 * that) and every consumer others follow signals as it hands a batch over ({@link StageHandoff}), so
 * a waiting thread costs no CPU and wakes within a futex wake-up.
 */
final class HandoffWaitStrategy implements WaitStrategy {

    /** About a microsecond of spinning per hundred tries: enough for back-to-back events. */
    private static final int SPIN_TRIES = 200;

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition advanced = lock.newCondition();
    private final AtomicBoolean sleeperWaiting = new AtomicBoolean();

    @Override
    public long waitFor(long sequence, Sequence cursor, Sequence followed, SequenceBarrier barrier)
            throws AlertException, InterruptedException {
        long available;
        for (int tries = 0; tries < SPIN_TRIES; tries++) {
            if ((available = followed.get()) >= sequence) {
                return available;
            }
            barrier.checkAlert();
            Thread.onSpinWait();
        }
        lock.lock();
        try {
            while (true) {
                // Raised before the re-read: a stage advancing after the read sees it and signals.
                sleeperWaiting.set(true);
                if ((available = followed.get()) >= sequence) {
                    return available;
                }
                barrier.checkAlert();
                advanced.await();
            }
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void signalAllWhenBlocking() {
        if (sleeperWaiting.getAndSet(false)) {
            lock.lock();
            try {
                advanced.signalAll();
            } finally {
                lock.unlock();
            }
        }
    }
}
