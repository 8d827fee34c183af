package org.acd.telephony.ivr;

import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;
import org.acd.core.view.EngineSnapshot;
import org.acd.core.view.QueueView;
import org.acd.ivr.QueueInsight;

/**
 * Queue insight for branch nodes from the engine's published snapshot: agents available are the
 * queue's ready agents; the wait of a call entering now is the engine's own estimate
 * ({@link QueueView#estimatedWaitMs()}: position, agents at work, the queue's recent handle times).
 * Before the queue's first completed call the engine has no handle time to go on; then the wait is
 * the position (the calls waiting, plus one) times an assumed handle time, shared among the agents
 * logged in. A queue nobody is logged in to has no end to its wait ({@link Long#MAX_VALUE}).
 * Stateless; any thread.
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
        return snapshots.get().thenApply(snapshot -> snapshot.queue(queueId)
                .map(this::status)
                .orElseThrow(() -> new IllegalArgumentException("the engine has no queue '" + queueId + "'")));
    }

    private QueueStatus status(QueueView queue) {
        return new QueueStatus(estimatedWaitMs(queue), queue.agentsReady());
    }

    private long estimatedWaitMs(QueueView queue) {
        if (queue.agentsLoggedIn() == 0) {
            return Long.MAX_VALUE;
        }
        if (queue.estimatedWaitMs() >= 0) {
            return queue.estimatedWaitMs();
        }
        return (queue.waitingCalls() + 1L) * assumedHandleMs / queue.agentsLoggedIn();
    }
}
