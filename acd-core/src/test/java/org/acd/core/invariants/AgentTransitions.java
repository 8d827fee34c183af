package org.acd.core.invariants;

import static org.acd.core.api.AgentState.LOGGED_OUT;
import static org.acd.core.api.AgentState.NOT_READY;
import static org.acd.core.api.AgentState.ON_CALL;
import static org.acd.core.api.AgentState.READY;
import static org.acd.core.api.AgentState.RESERVED;
import static org.acd.core.api.AgentState.WRAP_UP;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.acd.core.api.AgentState;

/** The agent state machine as the API documents it: which state may follow which. */
final class AgentTransitions {

    private static final Map<AgentState, Set<AgentState>> NEXT = Map.of(
            LOGGED_OUT, EnumSet.of(READY),
            READY, EnumSet.of(RESERVED, NOT_READY, LOGGED_OUT),
            // answered; RONA, failed offer or not ready; the caller hung up; logged out while ringing
            RESERVED, EnumSet.of(ON_CALL, NOT_READY, READY, LOGGED_OUT),
            // wrap-up, or straight on when there is none (a pending not-ready or log-out applies)
            ON_CALL, EnumSet.of(WRAP_UP, READY, NOT_READY, LOGGED_OUT),
            WRAP_UP, EnumSet.of(READY, NOT_READY, LOGGED_OUT),
            // a second not-ready changes the reason
            NOT_READY, EnumSet.of(READY, NOT_READY, LOGGED_OUT));

    private AgentTransitions() {
    }

    static boolean allowed(AgentState from, AgentState to) {
        return NEXT.get(from).contains(to);
    }
}
