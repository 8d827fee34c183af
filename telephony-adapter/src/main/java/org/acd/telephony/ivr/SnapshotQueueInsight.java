package org.acd.telephony.ivr;

import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;
import org.acd.core.view.EngineSnapshot;
import org.acd.core.view.QueueView;
import org.acd.ivr.QueueInsight;

/**
 * Queue insight for branch nodes from the engine's published snapshot: agents available are the
 * queue's ready agents; the wait of a call entering now is its position (the calls waiting, plus
 * one) times a handle time, shared among the agents logged in to the queue. The snapshot has no
 * recent handle times yet, so the handle time is a fixed assumption; this class is the one place to
 * replace when the engine publishes its own estimate. A queue nobody is logged in to has no end to
 * its wait ({@link Long#MAX_VALUE}). Stateless; any thread.
 */
public final class SnapshotQueueInsight implements QueueInsight {

    private final Supplier<? extends CompletionStage<EngineSnapshot>> snapshots;
    private final long assumedHandleMs;

    public SnapshotQueueInsight(Supplier<? extends CompletionStage<EngineSnapshot>> snapshots, long assumedHandleMs) {
        if (assumedHandleMs <= 0) {
            throw new IllegalArgumentException("assumedHandleMs must be positive, not " + assumedHandleMs);
        }
        this.snapshots = snapshots;
        this.assumedHandleMs = assumedHandleMs;
    }

    @Override
    public CompletionStage<QueueStatus> status(String queueId) {
        return snapshots.get().thenApply(snapshot -> snapshot.queues().stream()
                .filter(queue -> queue.id().equals(queueId))
                .findFirst()
                .map(this::status)
                .orElseThrow(() -> new IllegalArgumentException("the engine has no queue '" + queueId + "'")));
    }

    private QueueStatus status(QueueView queue) {
        long estimatedWaitMs = queue.agentsLoggedIn() == 0 ? Long.MAX_VALUE
                : (queue.waitingCalls() + 1L) * assumedHandleMs / queue.agentsLoggedIn();
        return new QueueStatus(estimatedWaitMs, queue.agentsReady());
    }
}
