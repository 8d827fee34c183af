package org.acd.server.admin;

import java.util.Arrays;
import java.util.Optional;
import org.acd.core.api.AcdEvents;

/** What a supervisor can do to an agent through the API, each the event it publishes. Any thread. */
enum AgentAction {
    LOGIN("login"),
    LOGOUT("logout"),
    READY("ready"),
    NOT_READY("not-ready");

    private final String pathSegment;

    AgentAction(String pathSegment) {
        this.pathSegment = pathSegment;
    }

    /** The action named by the last segment of {@code /api/agents/{id}/<segment>}. */
    static Optional<AgentAction> fromPath(String segment) {
        return Arrays.stream(values()).filter(action -> action.pathSegment.equals(segment)).findFirst();
    }

    String pathSegment() {
        return pathSegment;
    }

    boolean needsReason() {
        return this == NOT_READY;
    }

    void publish(AcdEvents events, long nowMs, String agentId, String reason) {
        switch (this) {
            case LOGIN -> events.agentLoggedIn(nowMs, agentId);
            case LOGOUT -> events.agentLoggedOut(nowMs, agentId);
            case READY -> events.agentReady(nowMs, agentId);
            case NOT_READY -> events.agentNotReady(nowMs, agentId, reason);
        }
    }
}
