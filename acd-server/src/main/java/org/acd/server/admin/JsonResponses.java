package org.acd.server.admin;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes the admin API's answers: a JSON body, or the error shape {@code {"error": "...", "status": N}}
 * every failure has. Called on the admin event loop by the pipeline's handlers.
 */
final class JsonResponses {

    static final ObjectMapper MAPPER = new ObjectMapper();

    private JsonResponses() {
    }

    static byte[] json(Object body) {
        try {
            return MAPPER.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("cannot write an admin API answer as JSON", e);
        }
    }

    /** Answers with the JSON error shape and closes the connection: what is left of the request is unread. */
    static void sendErrorAndClose(ChannelHandlerContext ctx, HttpResponseStatus status, String message) {
        send(ctx, false, error(status, message));
    }

    static FullHttpResponse error(HttpResponseStatus status, String message) {
        return error(status, message, List.of());
    }

    /** The error shape with a {@code problems} list, left out when empty. */
    static FullHttpResponse error(HttpResponseStatus status, String message, List<String> problems) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", message);
        body.put("status", status.code());
        if (!problems.isEmpty()) {
            body.put("problems", problems);
        }
        return response(status, "application/json", json(body));
    }

    static FullHttpResponse response(HttpResponseStatus status, String contentType, byte[] content) {
        FullHttpResponse response = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, status,
                Unpooled.wrappedBuffer(content));
        response.headers().set(HttpHeaderNames.CONTENT_TYPE, contentType)
                .setInt(HttpHeaderNames.CONTENT_LENGTH, content.length)
                .set(HttpHeaderNames.CACHE_CONTROL, HttpHeaderValues.NO_STORE);
        return response;
    }

    static void send(ChannelHandlerContext ctx, boolean keepAlive, FullHttpResponse response) {
        if (keepAlive) {
            HttpUtil.setKeepAlive(response, true);
            ctx.writeAndFlush(response);
        } else {
            response.headers().set(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE);
            ctx.writeAndFlush(response).addListener(ChannelFutureListener.CLOSE);
        }
    }
}
