package org.acd.server.admin;

import io.netty.handler.codec.http.HttpResponseStatus;
import java.util.Optional;

/** A path {@code /api/calls/{id}/{action}}: the call's engine id and the action. Any thread. */
record CallActionPath(long callId, CallAction action) {

    private static final String PREFIX = "/api/calls/";

    /** @throws ApiException 400 when the call segment is not a call id */
    static Optional<CallActionPath> parse(String path) {
        if (!path.startsWith(PREFIX)) {
            return Optional.empty();
        }
        String[] segments = path.substring(PREFIX.length()).split("/", -1);
        if (segments.length != 2) {
            return Optional.empty();
        }
        Optional<CallAction> action = CallAction.fromPath(segments[1]);
        return action.map(known -> new CallActionPath(callId(segments[0]), known));
    }

    private static long callId(String segment) {
        try {
            long id = Long.parseLong(segment);
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // answered below, with the segment named
        }
        throw new ApiException(HttpResponseStatus.BAD_REQUEST, "'" + segment.substring(0, Math.min(segment.length(),
                40)) + "' in the path is not a call id: call ids are positive numbers, as /api/calls lists them");
    }
}
