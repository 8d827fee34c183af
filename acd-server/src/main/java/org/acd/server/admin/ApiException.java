package org.acd.server.admin;

import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpResponseStatus;
import java.util.List;

/**
 * A request the admin API refuses, with the status and the message the client gets as JSON. Thrown
 * by {@link AdminApi} and {@link AdminRouter} on the admin event loop and turned into a response there.
 */
final class ApiException extends RuntimeException {

    private final HttpResponseStatus status;
    private final HttpMethod allowed;
    private final List<String> problems;

    ApiException(HttpResponseStatus status, String message) {
        this(status, message, null, List.of());
    }

    /** A refusal with every problem found, each one a line the client can show as it is. */
    ApiException(HttpResponseStatus status, String message, List<String> problems) {
        this(status, message, null, problems);
    }

    private ApiException(HttpResponseStatus status, String message, HttpMethod allowed, List<String> problems) {
        super(message, null, false, false);
        this.status = status;
        this.allowed = allowed;
        this.problems = List.copyOf(problems);
    }

    /** 405 for a known path asked with another method than {@code allowed}. */
    static ApiException methodNotAllowed(String path, HttpMethod allowed) {
        return new ApiException(HttpResponseStatus.METHOD_NOT_ALLOWED, path + " takes " + allowed.name() + " only",
                allowed, List.of());
    }

    HttpResponseStatus status() {
        return status;
    }

    /** The JSON error response, with the problems when there are, and an Allow header for a 405. */
    FullHttpResponse toResponse() {
        FullHttpResponse response = problems.isEmpty() ? JsonResponses.error(status, getMessage())
                : JsonResponses.error(status, getMessage(), problems);
        if (allowed != null) {
            response.headers().set(HttpHeaderNames.ALLOW, allowed.name());
        }
        return response;
    }
}
