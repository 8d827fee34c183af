package org.acd.server.admin;

import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.timeout.IdleStateHandler;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The admin API's pipeline, top to bottom: idle timeout, TLS and its failure guard (when it serves
 * HTTPS), HTTP codec (with line and header limits), aggregator (body limit, 413 in JSON),
 * malformed-request guard, the web wallboard (which answers its own paths with its own access rules
 * and passes the rest on), bearer-token check, router. Runs on the admin event loop as each
 * connection opens; the router and the wallboard are shared, the other handlers are per connection.
 */
final class AdminChannelInitializer extends ChannelInitializer<Channel> {

    private final AdminToken token;
    private final boolean metricsOpen;
    private final AdminRouter router;
    private final WallboardHandler wallboard;
    private final Optional<SslContext> tls;

    AdminChannelInitializer(AdminToken token, boolean metricsOpen, AdminRouter router, WallboardHandler wallboard,
                            Optional<SslContext> tls) {
        this.token = token;
        this.metricsOpen = metricsOpen;
        this.router = router;
        this.wallboard = wallboard;
        this.tls = tls;
    }

    @Override
    protected void initChannel(Channel channel) {
        channel.pipeline().addLast("idle", new IdleStateHandler(0, 0, AdminSettings.IDLE_CONNECTION_MS,
                TimeUnit.MILLISECONDS)).addLast("idle-close", new IdleConnectionCloser());
        tls.ifPresent(context -> channel.pipeline().addLast("tls", context.newHandler(channel.alloc()))
                .addLast("tls-failure", new TlsFailureGuard()));
        channel.pipeline()
                .addLast("http", new HttpServerCodec(AdminSettings.MAX_INITIAL_LINE_BYTES, AdminSettings.MAX_HEADER_BYTES,
                        AdminSettings.MAX_BODY_BYTES))
                .addLast("aggregator", new JsonLimitedAggregator(AdminSettings.MAX_BODY_BYTES))
                .addLast("malformed", new MalformedRequestGuard())
                .addLast("wallboard", wallboard)
                .addLast("auth", new TokenAuthenticator(token, metricsOpen))
                .addLast("router", router);
    }
}
