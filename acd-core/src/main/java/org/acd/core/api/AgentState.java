package org.acd.core.api;

/** Where an agent is in the agent state machine; only {@link #READY} agents are offered calls. */
public enum AgentState {
    LOGGED_OUT,
    NOT_READY,
    READY,
    /** The agent's phone is ringing for one call. */
    RESERVED,
    ON_CALL,
    WRAP_UP
}
