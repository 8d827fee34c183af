package org.acd.simulator.whatif;

/**
 * Something an agent did of their own accord, as the replay repeats it: logged in or out, took a
 * break (not ready, with its reason), came back (ready). What the engine did to the agent (offers,
 * calls, wrap-up, RONA) is not here: the replay's engine does it again. Immutable.
 *
 * @param timeMs  when the agent asked for it; for a request the engine held until a call or its
 *                wrap-up ended, 1 ms before that end (the journal tells when it took effect, not when
 *                it was asked)
 */
public record PresenceChange(long timeMs, String agentId, Kind kind, String reason) {

    public enum Kind {
        LOG_IN,
        LOG_OUT,
        NOT_READY,
        READY
    }

    /** The same change by another agent, for a clone. */
    PresenceChange by(String otherAgentId) {
        return new PresenceChange(timeMs, otherAgentId, kind, reason);
    }
}
