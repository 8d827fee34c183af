package org.acd.simulator.whatif;

import java.util.Optional;

/**
 * "{@code delta} more (or, negative, fewer) agents able to take {@code queue}'s calls", or every
 * queue's when no queue is named. Immutable.
 */
public record AgentChange(Optional<String> queueId, int delta) {

    public AgentChange {
        if (delta == 0) {
            throw new IllegalArgumentException("an agent change of 0 changes nothing");
        }
    }

    @Override
    public String toString() {
        return (delta > 0 ? "+" : "") + delta + " agent" + (Math.abs(delta) == 1 ? "" : "s")
                + queueId.map(queue -> " in " + queue).orElse(" in every queue");
    }
}
