package org.acd.core.view;

import java.util.List;
import java.util.Optional;

/**
 * The engine's whole state at one instant, immutable, safe to read from any thread. Supervisor
 * views are cut from it; tests compare two of them field by field.
 *
 * @param atMs            the engine's event time when it was taken
 * @param offersMade      offers made since the journal began
 * @param timersArmed     timers armed since the journal began (orders same-millisecond timers)
 * @param rejectedEvents  events the engine could not apply
 * @param reloads         configuration reloads applied and rejected, with the last rejection's reasons
 */
public record EngineSnapshot(long atMs, long offersMade, long timersArmed, long rejectedEvents,
                             List<QueueView> queues, List<AgentView> agents, List<CallView> calls,
                             ConfigReloads reloads) {

    public EngineSnapshot {
        queues = List.copyOf(queues);
        agents = List.copyOf(agents);
        calls = List.copyOf(calls);
    }

    /** The queue by id: its wait estimate for a new caller and the agents available for it (the IVR's reads). */
    public Optional<QueueView> queue(String queueId) {
        return queues.stream().filter(queue -> queue.id().equals(queueId)).findFirst();
    }

    /** The live call by id: its position and wait estimate (what announcements say). */
    public Optional<CallView> call(long callId) {
        return calls.stream().filter(call -> call.id() == callId).findFirst();
    }
}
