package org.acd.server.admin;

import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpResponseStatus;

/**
 * A request the admin API refuses, with the status and the message the client gets as JSON. Thrown
 * by {@link AdminApi} and {@link AdminRouter} on the admin event loop and turned into a response there.
 */
final class ApiException extends RuntimeException {

    private final HttpResponseStatus status;
    private final HttpMethod allowed;

    ApiException(HttpResponseStatus status, String message) {
        this(status, message, null);
    }

    private ApiException(HttpResponseStatus status, String message, HttpMethod allowed) {
        super(message, null, false, false);
        this.status = status;
        this.allowed = allowed;
    }

    /** 405 for a known path asked with another method than {@code allowed}. */
    static ApiException methodNotAllowed(String path, HttpMethod allowed) {
        return new ApiException(HttpResponseStatus.METHOD_NOT_ALLOWED, path + " takes " + allowed.name() + " only",
                allowed);
    }

    HttpResponseStatus status() {
        return status;
    }

    /** The JSON error response, with an Allow header for a 405. */
    FullHttpResponse toResponse() {
        FullHttpResponse response = JsonResponses.error(status, getMessage());
        if (allowed != null) {
            response.headers().set(HttpHeaderNames.ALLOW, allowed.name());
        }
        return response;
    }
}
