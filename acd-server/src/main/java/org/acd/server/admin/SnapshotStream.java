package org.acd.server.admin;

import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.http.DefaultHttpContent;
import io.netty.handler.codec.http.DefaultHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpVersion;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;
import org.acd.core.view.EngineSnapshot;

/**
 * {@code GET /api/stream}: the sampler's snapshots as Server-Sent Events, one {@code snapshot}
 * event a second, until the client goes. A client that reads too slowly to keep up skips samples
 * instead of piling them up in memory. Opened on the admin event loop; each event is written on
 * the connection's own loop.
 */
final class SnapshotStream {

    static final String PATH = "/api/stream";
    /** Open streams at most; a wall screen or two per supervisor is far below it. */
    static final int MAX_STREAMS = 64;

    private SnapshotStream() {
    }

    static void open(ChannelHandlerContext ctx, SnapshotSampler sampler, Function<EngineSnapshot, Object> payload) {
        if (sampler.subscriberCount() >= MAX_STREAMS) {
            throw new ApiException(HttpResponseStatus.SERVICE_UNAVAILABLE, MAX_STREAMS + " live streams are open "
                    + "already; close one or poll the other endpoints");
        }
        HttpResponse response = new DefaultHttpResponse(HttpVersion.HTTP_1_1, HttpResponseStatus.OK);
        response.headers().set(HttpHeaderNames.CONTENT_TYPE, "text/event-stream; charset=utf-8")
                .set(HttpHeaderNames.CACHE_CONTROL, HttpHeaderValues.NO_STORE)
                .set(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE);
        Channel channel = ctx.channel();
        ctx.writeAndFlush(response).addListener(ChannelFutureListener.CLOSE_ON_FAILURE);
        Runnable unsubscribe = sampler.subscribe(snapshot -> channel.eventLoop().execute(() -> {
            if (channel.isActive() && channel.isWritable()) {
                channel.writeAndFlush(event(payload.apply(snapshot)))
                        .addListener(ChannelFutureListener.CLOSE_ON_FAILURE);
            }
        }));
        channel.closeFuture().addListener(closed -> unsubscribe.run());
        sampler.latest().ifPresent(snapshot -> ctx.writeAndFlush(event(payload.apply(snapshot))));
    }

    private static DefaultHttpContent event(Object payload) {
        byte[] json = JsonResponses.json(payload);
        byte[] head = "event: snapshot\ndata: ".getBytes(StandardCharsets.US_ASCII);
        byte[] tail = "\n\n".getBytes(StandardCharsets.US_ASCII);
        return new DefaultHttpContent(Unpooled.wrappedBuffer(head, json, tail));
    }
}
