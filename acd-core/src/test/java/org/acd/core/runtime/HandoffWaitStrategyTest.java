package org.acd.core.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lmax.disruptor.AlertException;
import com.lmax.disruptor.RingBuffer;
import com.lmax.disruptor.Sequence;
import com.lmax.disruptor.SequenceBarrier;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class HandoffWaitStrategyTest {

    private static final long GENEROUS_SECONDS = 10;

    private final HandoffWaitStrategy strategy = new HandoffWaitStrategy();
    private final RingBuffer<long[]> ring = RingBuffer.createMultiProducer(() -> new long[1], 8, strategy);
    private final Sequence followed = new Sequence(-1);
    private final SequenceBarrier barrier = ring.newBarrier(followed);

    @Test
    void shouldWakeASleepingFollowerWhenTheStageBeforeHandsOver() throws Exception {
        publish(3);
        CompletableFuture<Long> waiter = CompletableFuture.supplyAsync(this::waitForSequenceTwo);
        Thread.sleep(50);
        assertFalse(waiter.isDone(), "the follower must wait while the stage before is behind");

        StageHandoff handoff = new StageHandoff(strategy);
        handoff.follow(followed);
        handoff.handOver(2);

        assertEquals(2, waiter.get(GENEROUS_SECONDS, TimeUnit.SECONDS));
    }

    @Test
    void shouldReturnAtOnceWhatTheStageBeforeHasAlreadyHandedOver() throws Exception {
        publish(5);
        followed.set(4);

        assertEquals(4, barrier.waitFor(2));
    }

    @Test
    void shouldWakeASleepingFollowerWhenThePipelineHalts() throws Exception {
        CompletableFuture<Long> waiter = CompletableFuture.supplyAsync(this::waitForSequenceTwo);
        Thread.sleep(50);

        barrier.alert();

        ExecutionException failure = assertThrows(ExecutionException.class,
                () -> waiter.get(GENEROUS_SECONDS, TimeUnit.SECONDS));
        assertTrue(failure.getCause().getCause() instanceof AlertException, failure.toString());
    }

    private long waitForSequenceTwo() {
        try {
            return barrier.waitFor(2);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private void publish(int events) {
        for (int i = 0; i < events; i++) {
            ring.publish(ring.next());
        }
    }
}
