package org.acd.server.admin;

import io.netty.handler.codec.http.QueryStringDecoder;
import java.util.Optional;

/**
 * A path {@code /api/agents/{id}/{action}}: the agent (percent-decoded) and the action. Any thread.
 */
record AgentActionPath(String agentId, AgentAction action) {

    private static final String PREFIX = "/api/agents/";

    static Optional<AgentActionPath> parse(String path) {
        if (!path.startsWith(PREFIX)) {
            return Optional.empty();
        }
        String[] segments = path.substring(PREFIX.length()).split("/", -1);
        if (segments.length != 2 || segments[0].isEmpty()) {
            return Optional.empty();
        }
        String agentId = QueryStringDecoder.decodeComponent(segments[0]);
        return AgentAction.fromPath(segments[1]).map(action -> new AgentActionPath(agentId, action));
    }
}
