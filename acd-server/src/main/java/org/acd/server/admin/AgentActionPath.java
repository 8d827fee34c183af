package org.acd.server.admin;

import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.QueryStringDecoder;
import java.util.Optional;

/**
 * A path {@code /api/agents/{id}/{action}}: the agent and the action. The path is taken as sent, so
 * an id is percent-decoded once, here, and may hold an encoded {@code /}. Any thread.
 */
record AgentActionPath(String agentId, AgentAction action) {

    private static final String PREFIX = "/api/agents/";

    /** @throws ApiException 400 when the agent segment is not valid percent-encoding */
    static Optional<AgentActionPath> parse(String path) {
        if (!path.startsWith(PREFIX)) {
            return Optional.empty();
        }
        String[] segments = path.substring(PREFIX.length()).split("/", -1);
        if (segments.length != 2 || segments[0].isEmpty()) {
            return Optional.empty();
        }
        String agentId = decode(segments[0]);
        return AgentAction.fromPath(segments[1]).map(action -> new AgentActionPath(agentId, action));
    }

    private static String decode(String segment) {
        try {
            return QueryStringDecoder.decodeComponent(segment);
        } catch (IllegalArgumentException e) {
            throw new ApiException(HttpResponseStatus.BAD_REQUEST, "the agent in the path is not valid"
                    + " percent-encoding");
        }
    }
}
