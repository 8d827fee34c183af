package org.acd.core.invariants;

import org.acd.core.api.CallState;

/**
 * One call's story as its outcomes tell it. {@code queueId} is null while the call is between
 * queues or has not joined one yet; {@code joiningQueueId} is where it is going meanwhile.
 */
final class CallRecord {

    final long id;
    final String tierId;
    final long entryMs;
    String queueId;
    String joiningQueueId;
    long queueEntryMs;
    CallState state = CallState.QUEUED;
    String agentId;
    long offeredAtMs;
    long answeredAtMs;
    int finalOutcomes;
    /** The tier's priority plus what the raise steps of queues it left added; its current queue's come on top. */
    int carriedPriority;

    CallRecord(long id, String tierId, long entryMs, String joiningQueueId, int tierPriority) {
        this.id = id;
        this.tierId = tierId;
        this.entryMs = entryMs;
        this.joiningQueueId = joiningQueueId;
        this.carriedPriority = tierPriority;
    }

    boolean isFinal() {
        return finalOutcomes > 0;
    }

    /** The call rings no agent any more and waits again. */
    void backToQueue() {
        state = CallState.QUEUED;
        agentId = null;
    }
}
