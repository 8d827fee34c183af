package org.acd.server.admin;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a supervisor can do to a waiting call through the API, each named by the last segment of
 * {@code /api/calls/{id}/<segment>} and published as one of the engine's supervisor events. Any thread.
 */
enum CallAction {
    /** {@code {"queue": "billing"}}: the call joins another queue, keeping its entry time. */
    MOVE("move"),
    /** {@code {"priority": 80}}: the call takes its place for the new priority at once. */
    PRIORITY("priority"),
    /** {@code {"action": "voicemail", "target": "2000"}}: the call leaves queueing. */
    SEND_OUT("send-out");

    private final String pathSegment;

    CallAction(String pathSegment) {
        this.pathSegment = pathSegment;
    }

    static Optional<CallAction> fromPath(String segment) {
        return Arrays.stream(values()).filter(action -> action.pathSegment.equals(segment)).findFirst();
    }

    String pathSegment() {
        return pathSegment;
    }
}
