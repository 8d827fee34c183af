package org.acd.server.admin;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.netty.handler.codec.http.HttpResponseStatus;

/** Reads an action's request body: a JSON object or nothing, else a 400 saying why. Any thread. */
final class RequestBodies {

    private RequestBodies() {
    }

    /** The body as a JSON object, or null when empty. */
    static JsonNode object(String body) {
        if (body.isBlank()) {
            return null;
        }
        try {
            JsonNode json = JsonResponses.MAPPER.readTree(body);
            if (!json.isObject()) {
                throw new ApiException(HttpResponseStatus.BAD_REQUEST, "the request body must be a JSON object");
            }
            return json;
        } catch (JsonProcessingException e) {
            throw new ApiException(HttpResponseStatus.BAD_REQUEST, "the request body is not valid JSON: "
                    + e.getOriginalMessage());
        }
    }

    /** The field as text, stripped; null when absent or JSON null. */
    static String text(JsonNode json, String field) {
        JsonNode value = json == null ? null : json.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw new ApiException(HttpResponseStatus.BAD_REQUEST, "field \"" + field + "\" must be a string");
        }
        return value.asText().strip();
    }

    /** Refuses text longer than {@code maxLength} or holding control characters. */
    static String printable(String field, String text, int maxLength) {
        if (text.length() > maxLength || !text.chars().allMatch(c -> c >= 0x20 && c != 0x7f)) {
            throw new ApiException(HttpResponseStatus.BAD_REQUEST, "field \"" + field + "\" must be at most "
                    + maxLength + " printable characters");
        }
        return text;
    }
}
