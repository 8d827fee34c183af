package org.acd.server.admin;

import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelFutureListener;
import io.netty.handler.codec.http.DefaultHttpContent;
import io.netty.handler.codec.http.DefaultHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.LastHttpContent;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A text answer too long to hold in memory (a queue_log export), written to the connection as it is
 * made: the status line once the first chunk is ready, then chunks of about {@link #CHUNK_CHARS}
 * characters, each written before the next is made, so a slow client slows the writer down instead
 * of filling memory; the body ends when the connection closes. A failure before the first chunk is
 * answered with the JSON error shape; after it, the connection is closed short. One writer thread.
 */
final class ChannelText implements Appendable {

    static final int CHUNK_CHARS = 64 * 1024;
    private static final Logger LOG = LoggerFactory.getLogger(ChannelText.class);

    private final Channel channel;
    private final String mediaType;
    private final StringBuilder pending = new StringBuilder(CHUNK_CHARS + 256);
    private boolean started;

    ChannelText(Channel channel, String mediaType) {
        this.channel = channel;
        this.mediaType = mediaType;
    }

    @Override
    public Appendable append(CharSequence text) throws IOException {
        pending.append(text);
        if (pending.length() >= CHUNK_CHARS) {
            flush();
        }
        return this;
    }

    @Override
    public Appendable append(CharSequence text, int start, int end) throws IOException {
        return append(text.subSequence(start, end));
    }

    @Override
    public Appendable append(char c) throws IOException {
        return append(String.valueOf(c));
    }

    /** Writes what is left and ends the answer. */
    void finish() {
        try {
            flush();
        } catch (IOException clientGone) {
            // The connection is closed already: there is no one left to end the answer for.
            return;
        }
        channel.writeAndFlush(LastHttpContent.EMPTY_LAST_CONTENT).addListener(ChannelFutureListener.CLOSE);
    }

    /** Ends the answer after a failure: a JSON 500 when nothing was sent yet, else a connection closed short. */
    void fail(String what, RuntimeException cause) {
        if (!channel.isActive()) {
            LOG.info("{}: the client closed the connection", what);
            return;
        }
        LOG.error(what, cause);
        if (!started) {
            channel.writeAndFlush(JsonResponses.error(HttpResponseStatus.INTERNAL_SERVER_ERROR,
                    "internal error: " + what + " (" + cause.getClass().getSimpleName() + ")"))
                    .addListener(ChannelFutureListener.CLOSE);
        } else {
            channel.close();
        }
    }

    private void flush() throws IOException {
        if (!started) {
            HttpResponse head = new DefaultHttpResponse(HttpVersion.HTTP_1_1, HttpResponseStatus.OK);
            head.headers().set(HttpHeaderNames.CONTENT_TYPE, mediaType)
                    .set(HttpHeaderNames.CACHE_CONTROL, HttpHeaderValues.NO_STORE)
                    .set(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE);
            channel.write(head);
            started = true;
        }
        if (pending.isEmpty()) {
            return;
        }
        ChannelFuture written = channel.writeAndFlush(new DefaultHttpContent(
                Unpooled.copiedBuffer(pending, StandardCharsets.UTF_8)));
        pending.setLength(0);
        written.awaitUninterruptibly();
        if (!written.isSuccess()) {
            throw new IOException("the client closed the connection", written.cause());
        }
    }
}
