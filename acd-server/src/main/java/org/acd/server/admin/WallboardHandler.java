package org.acd.server.admin;

import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.QueryStringDecoder;
import io.netty.util.ReferenceCountUtil;
import org.acd.server.admin.WallboardAssets.Asset;

/**
 * The web wallboard: {@code GET /wallboard} (the page), {@code /wallboard/wallboard.js} and
 * {@code /wallboard/wallboard.css}, and {@code /wallboard/stream}, Server-Sent Events of a
 * {@link WallboardView} a second. It stands in the pipeline before the bearer-token check, answers
 * every request under {@code /wallboard} itself, with the rules of {@link WallboardAccess}, and passes
 * every other request on untouched. Pages carry a content security policy that allows only the
 * wallboard's own files and stream. Shared by every connection; admin event loop.
 */
@ChannelHandler.Sharable
final class WallboardHandler extends ChannelInboundHandlerAdapter {

    static final String STREAM = WallboardAccess.PATH + "/stream";
    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; "
            + "connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    private final WallboardAccess access;
    private final WallboardAssets assets;
    private final SnapshotSampler sampler;
    private final WallboardSource source;

    WallboardHandler(WallboardAccess access, WallboardAssets assets, SnapshotSampler sampler, WallboardSource source) {
        this.access = access;
        this.assets = assets;
        this.sampler = sampler;
        this.source = source;
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object message) {
        if (!(message instanceof FullHttpRequest request)) {
            ctx.fireChannelRead(message);
            return;
        }
        String path = new QueryStringDecoder(request.uri()).rawPath();
        if (!WallboardAccess.isWallboardPath(path)) {
            ctx.fireChannelRead(message);
            return;
        }
        try {
            route(ctx, request, path);
        } catch (ApiException e) {
            JsonResponses.send(ctx, HttpUtil.isKeepAlive(request), e.toResponse());
        } finally {
            ReferenceCountUtil.release(request);
        }
    }

    private void route(ChannelHandlerContext ctx, FullHttpRequest request, String path) {
        boolean keepAlive = HttpUtil.isKeepAlive(request);
        if (path.equals(WallboardAccess.PATH)) {
            switch (access.queryToken(request)) {
                case RIGHT -> {
                    requireGet(request, path);
                    JsonResponses.send(ctx, keepAlive, signedIn());
                    return;
                }
                case WRONG -> throw new ApiException(HttpResponseStatus.UNAUTHORIZED, "the token was refused");
                case ABSENT -> {
                    // the cookie or the bearer header must let it in, below
                }
            }
        }
        if (!access.allows(request)) {
            throw new ApiException(HttpResponseStatus.UNAUTHORIZED, "open " + WallboardAccess.PATH
                    + "?token=<the admin token> once in this browser, or send Authorization: Bearer <token>");
        }
        requireGet(request, path);
        if (path.equals(STREAM)) {
            SnapshotStream.open(ctx, sampler, source::board);
            return;
        }
        Asset asset = assets.at(path).orElseThrow(() -> new ApiException(HttpResponseStatus.NOT_FOUND,
                "no wallboard file at " + path));
        FullHttpResponse response = JsonResponses.response(HttpResponseStatus.OK, asset.contentType(),
                asset.content());
        secure(response);
        JsonResponses.send(ctx, keepAlive, response);
    }

    /** 303 to the page without the token in its address, with the cookie that opens the board. */
    private FullHttpResponse signedIn() {
        FullHttpResponse response = JsonResponses.response(HttpResponseStatus.SEE_OTHER, "text/plain; charset=utf-8",
                new byte[0]);
        response.headers().set(HttpHeaderNames.LOCATION, WallboardAccess.PATH)
                .set(HttpHeaderNames.SET_COOKIE, access.issueCookie());
        secure(response);
        return response;
    }

    private static void secure(FullHttpResponse response) {
        response.headers().set("Content-Security-Policy", CONTENT_SECURITY_POLICY)
                .set("X-Content-Type-Options", "nosniff")
                .set("Referrer-Policy", "no-referrer")
                .set("X-Frame-Options", "DENY");
    }

    private static void requireGet(FullHttpRequest request, String path) {
        if (!request.method().equals(HttpMethod.GET)) {
            throw ApiException.methodNotAllowed(path, HttpMethod.GET);
        }
    }
}
