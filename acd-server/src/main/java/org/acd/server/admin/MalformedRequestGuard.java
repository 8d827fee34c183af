package org.acd.server.admin;

import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.TooLongFrameException;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.TooLongHttpHeaderException;
import io.netty.handler.codec.http.TooLongHttpLineException;
import io.netty.util.ReferenceCountUtil;

/**
 * Answers a request the HTTP codec could not decode (a request line or headers over the limits,
 * garbage) with a JSON error and closes the connection; passes good requests on. Admin event loop.
 */
final class MalformedRequestGuard extends ChannelInboundHandlerAdapter {

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object message) {
        if (message instanceof FullHttpRequest request && request.decoderResult().isFailure()) {
            Throwable cause = request.decoderResult().cause();
            ReferenceCountUtil.release(request);
            JsonResponses.sendErrorAndClose(ctx, statusFor(cause), messageFor(cause));
            return;
        }
        ctx.fireChannelRead(message);
    }

    private static HttpResponseStatus statusFor(Throwable cause) {
        if (cause instanceof TooLongHttpHeaderException) {
            return HttpResponseStatus.REQUEST_HEADER_FIELDS_TOO_LARGE;
        }
        if (cause instanceof TooLongHttpLineException) {
            return HttpResponseStatus.REQUEST_URI_TOO_LONG;
        }
        return HttpResponseStatus.BAD_REQUEST;
    }

    private static String messageFor(Throwable cause) {
        if (cause instanceof TooLongHttpHeaderException) {
            return "the request headers are larger than " + AdminSettings.MAX_HEADER_BYTES + " bytes";
        }
        if (cause instanceof TooLongFrameException) {
            return "the request line is longer than " + AdminSettings.MAX_INITIAL_LINE_BYTES + " bytes";
        }
        return "the request is not valid HTTP/1.1";
    }
}
