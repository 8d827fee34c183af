package org.acd.server.admin;

import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.QueryStringDecoder;
import io.netty.util.ReferenceCountUtil;

/**
 * Lets a request through only with {@code Authorization: Bearer <token>}; otherwise answers 401 in
 * JSON. {@code /metrics} may be left open for a scraper. The presented value is never echoed or
 * logged. Admin event loop.
 */
final class TokenAuthenticator extends ChannelInboundHandlerAdapter {

    private static final String BEARER = "Bearer ";

    private final AdminToken token;
    private final boolean metricsOpen;

    TokenAuthenticator(AdminToken token, boolean metricsOpen) {
        this.token = token;
        this.metricsOpen = metricsOpen;
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object message) {
        if (!(message instanceof FullHttpRequest request) || isOpen(request) || isAuthorized(request)) {
            ctx.fireChannelRead(message);
            return;
        }
        String why = request.headers().contains(HttpHeaderNames.AUTHORIZATION)
                ? "the bearer token was refused" : "an Authorization: Bearer <token> header is required";
        try {
            var response = JsonResponses.error(HttpResponseStatus.UNAUTHORIZED, why);
            response.headers().set(HttpHeaderNames.WWW_AUTHENTICATE, "Bearer realm=\"acd-admin\"");
            JsonResponses.send(ctx, false, response);
        } finally {
            ReferenceCountUtil.release(request);
        }
    }

    private boolean isOpen(FullHttpRequest request) {
        return metricsOpen && new QueryStringDecoder(request.uri()).rawPath().equals(AdminRouter.METRICS);
    }

    private boolean isAuthorized(FullHttpRequest request) {
        String header = request.headers().get(HttpHeaderNames.AUTHORIZATION);
        return header != null && header.regionMatches(true, 0, BEARER, 0, BEARER.length())
                && token.matches(header.substring(BEARER.length()).strip());
    }
}
