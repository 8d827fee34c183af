package org.acd.server.admin;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.HashMap;
import java.util.Map;
import org.acd.core.api.AgentState;
import org.acd.core.api.CallState;
import org.acd.core.api.CallbackFailure;
import org.acd.core.api.ExitAction;
import org.acd.core.api.ExitReason;
import org.acd.core.api.Party;
import org.acd.core.journal.JournaledOutcomes;

/**
 * Counts the engine's outcomes, read from the outcomes journal, into Prometheus counters per queue
 * and tier: calls offered (entered a queue, so a call moved by overflow counts in both queues),
 * answered, abandoned, and exited without an agent. Outcomes after the entry do not name the tier,
 * so it is remembered per live call. Called on the outcome follower's thread only.
 */
final class OutcomeMeters implements JournaledOutcomes {

    static final String UNKNOWN_TIER = "unknown";

    private final MeterRegistry registry;
    private final Map<Long, String> tierOfLiveCall = new HashMap<>();

    OutcomeMeters(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void causedBy(long eventIndex) {
        // Which event caused an outcome does not change what is counted.
    }

    @Override
    public void callEnteredQueue(long nowMs, long callId, String queueId, String tierId, int position) {
        tierOfLiveCall.put(callId, tierId);
        count("acd.calls.offered", "Calls that entered the queue", queueId, tierId);
    }

    @Override
    public void callOffered(long nowMs, long callId, String queueId, String agentId) {
        // Ringing an agent is not a call outcome; the agents-by-state gauge shows it.
    }

    @Override
    public void callAnswered(long nowMs, long callId, String queueId, String agentId, long waitMs) {
        count("acd.calls.answered", "Calls an agent answered", queueId, tierLeaving(callId));
    }

    @Override
    public void callCompleted(long nowMs, long callId, String queueId, String agentId, long talkMs, Party endedBy) {
        // Counted when answered.
    }

    @Override
    public void callAbandoned(long nowMs, long callId, String queueId, long waitMs, int position,
                              boolean whileRinging) {
        count("acd.calls.abandoned", "Calls whose caller hung up before an agent answered", queueId,
                tierLeaving(callId));
    }

    @Override
    public void callExited(long nowMs, long callId, String queueId, long waitMs, CallState finalState,
                           ExitReason reason, ExitAction action, String target) {
        Counter.builder("acd.calls.exited").description("Calls that left the queue without an agent")
                .tags("queue", queueId, "tier", tierLeaving(callId), "final_state", finalState.name())
                .register(registry).increment();
    }

    @Override
    public void callOverflowed(long nowMs, long callId, String fromQueueId, String toQueueId, ExitReason reason) {
        // The call enters its next queue at once, and is counted offered there.
    }

    @Override
    public void ringNoAnswer(long nowMs, long callId, String queueId, String agentId, long ringMs) {
        Counter.builder("acd.ring.no.answer").description("Offers no agent answered within the ring timeout (RONA)")
                .tags("queue", queueId).register(registry).increment();
    }

    @Override
    public void callbackRequested(long nowMs, long callId, String queueId, long waitMs, int position) {
        count("acd.callbacks.requested", "Waiting callers who accepted a callback (not abandons)", queueId,
                tierOfLiveCall.getOrDefault(callId, UNKNOWN_TIER));
    }

    @Override
    public void callbackAttempted(long nowMs, long callId, String queueId, String agentId, int attempt) {
        // A callback attempt is a step of a callback, counted when it ends.
    }

    @Override
    public void callbackAnswered(long nowMs, long callId, String queueId, String agentId, int attempt) {
        // The answer that follows is counted.
    }

    @Override
    public void callbackAttemptFailed(long nowMs, long callId, String queueId, String agentId, int attempt,
                                      CallbackFailure reason, long retryAtMs) {
        // Counted when the callback itself fails.
    }

    @Override
    public void callbackFailed(long nowMs, long callId, String queueId, long waitMs, int attempts) {
        count("acd.callbacks.failed", "Callbacks that never reached an agent", queueId, tierLeaving(callId));
    }

    @Override
    public void agentStateChanged(long nowMs, String agentId, AgentState state, String reason) {
        // Agents by state come from snapshots.
    }

    @Override
    public void eventRejected(long nowMs, String reason) {
        Counter.builder("acd.events.rejected").description("Events the engine could not apply")
                .register(registry).increment();
    }

    /** The tier of a call that leaves queueing now, forgotten from here on. */
    private String tierLeaving(long callId) {
        String tier = tierOfLiveCall.remove(callId);
        return tier == null ? UNKNOWN_TIER : tier;
    }

    private void count(String name, String description, String queueId, String tierId) {
        Counter.builder(name).description(description).tags("queue", queueId, "tier", tierId)
                .register(registry).increment();
    }
}
