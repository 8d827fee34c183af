package org.acd.core.invariants;

import java.util.Map;
import org.acd.core.api.CallState;

/**
 * One call's story as its outcomes tell it. {@code queueId} is null while the call is between
 * queues or has not joined one yet; {@code joiningQueueId} is where it is going meanwhile.
 */
final class CallRecord {

    final long id;
    final String tierId;
    final Map<String, Integer> extraSkills;
    final long entryMs;
    String queueId;
    String joiningQueueId;
    long queueEntryMs;
    CallState state = CallState.QUEUED;
    String agentId;
    long offeredAtMs;
    long answeredAtMs;
    int finalOutcomes;
    /**
     * The tier's priority and the hand-off's extra points, plus what the raise steps of queues it
     * left added; its current queue's come on top.
     */
    int carriedPriority;

    /** The number to call back once the caller accepted a callback, else null. */
    String callbackNumber;
    int callbackAttempts;

    CallRecord(long id, String tierId, Map<String, Integer> extraSkills, long entryMs, String joiningQueueId,
               int priority) {
        this.id = id;
        this.tierId = tierId;
        this.extraSkills = extraSkills;
        this.entryMs = entryMs;
        this.joiningQueueId = joiningQueueId;
        this.carriedPriority = priority;
    }

    boolean isFinal() {
        return finalOutcomes > 0;
    }

    /** The call rings no agent any more and waits again; a callback attempt taken back does not count. */
    void backToQueue() {
        if (state == CallState.CALLING_BACK) {
            callbackAttempts--;
            state = CallState.CALLBACK_PENDING;
        } else {
            state = CallState.QUEUED;
        }
        agentId = null;
    }

    /** Rings (or calls back for) an agent: the call holds it. */
    boolean holdsAgent() {
        return state == CallState.OFFERED || state == CallState.CALLING_BACK;
    }
}
