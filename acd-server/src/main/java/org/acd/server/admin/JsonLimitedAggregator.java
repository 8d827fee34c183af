package org.acd.server.admin;

import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.http.HttpMessage;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpResponseStatus;

/**
 * Netty's aggregator, with the admin API's JSON error when a body is larger than the limit: 413,
 * then the connection closes, since the rest of the body is not read. Admin event loop.
 */
final class JsonLimitedAggregator extends HttpObjectAggregator {

    private final int maxBodyBytes;

    JsonLimitedAggregator(int maxBodyBytes) {
        super(maxBodyBytes);
        this.maxBodyBytes = maxBodyBytes;
    }

    @Override
    protected void handleOversizedMessage(ChannelHandlerContext ctx, HttpMessage oversized) {
        JsonResponses.sendErrorAndClose(ctx, HttpResponseStatus.REQUEST_ENTITY_TOO_LARGE,
                "the request body is larger than " + maxBodyBytes + " bytes");
    }
}
