package org.acd.simulator.emulator;

import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One AMI connection as Asterisk serves it: the banner on connect, {@code Challenge} and
 * {@code Login}, the version questions a client asks after login ({@code CoreSettings},
 * {@code Ping}), {@code Logoff}; every other action of a logged-in connection goes to the
 * {@link AmiActionHandler}. Before login only those first actions are allowed. Runs on the
 * connection's event loop.
 */
final class AmiSessionHandler extends SimpleChannelInboundHandler<AmiMessage> {

    static final String BANNER = "Asterisk Call Manager/9.0.0\r\n";
    /** The version CoreSettings reports: Asterisk-Java reads it to pick its protocol dialect. */
    static final String ASTERISK_VERSION = "22.10.1";

    private static final Logger LOG = LoggerFactory.getLogger(AmiSessionHandler.class);

    private final AmiCredentials credentials;
    private final AmiEventBus events;
    private final AmiActionHandler calls;
    private String challenge;
    private boolean loggedIn;

    AmiSessionHandler(AmiCredentials credentials, AmiEventBus events, AmiActionHandler calls) {
        this.credentials = credentials;
        this.events = events;
        this.calls = calls;
    }

    @Override
    public void channelActive(ChannelHandlerContext ctx) {
        ctx.writeAndFlush(Unpooled.copiedBuffer(BANNER, StandardCharsets.US_ASCII));
        ctx.fireChannelActive();
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, AmiMessage action) {
        LOG.trace("AMI action {} from {}", action.action(), ctx.channel().remoteAddress());
        switch (action.action()) {
            case "challenge" -> {
                challenge = Long.toString(ThreadLocalRandom.current().nextLong(100_000_000L, 1_000_000_000L));
                ctx.writeAndFlush(AmiResponses.success(action, null).with("Challenge", challenge));
            }
            case "login" -> login(ctx, action);
            case "ping" -> ctx.writeAndFlush(AmiResponses.success(action, null).with("Ping", "Pong")
                    .with("Timestamp", String.format("%.6f", System.currentTimeMillis() / 1000.0)));
            case "logoff" -> ctx.writeAndFlush(AmiMessage.of("Response", "Goodbye")
                            .with("ActionID", action.get("ActionID")).with("Message", "Thanks for all the fish."))
                    .addListener(ChannelFutureListener.CLOSE);
            case "" -> ctx.writeAndFlush(AmiResponses.error(action, "Missing action in request"));
            default -> {
                if (!loggedIn) {
                    ctx.writeAndFlush(AmiResponses.error(action, "Permission denied"));
                } else if ("coresettings".equals(action.action())) {
                    ctx.writeAndFlush(AmiResponses.success(action, null).with("AMIversion", "9.0.0")
                            .with("AsteriskVersion", ASTERISK_VERSION).with("SystemName", "acd-emulator"));
                } else {
                    calls.handle(action, ctx.channel()::writeAndFlush);
                }
            }
        }
    }

    private void login(ChannelHandlerContext ctx, AmiMessage action) {
        if (!credentials.accepts(action, challenge)) {
            LOG.info("AMI login refused for user '{}' from {}", action.get("Username"), ctx.channel().remoteAddress());
            ctx.writeAndFlush(AmiResponses.error(action, "Authentication failed"));
            return;
        }
        if (!loggedIn) {
            loggedIn = true;
            events.join(ctx.channel());
        }
        ctx.write(AmiResponses.success(action, "Authentication accepted"));
        ctx.writeAndFlush(AmiMessage.of("Event", "FullyBooted", "Privilege", "system,all", "Status", "Fully Booted"));
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        LOG.warn("AMI connection from {} broke the protocol: {}; closed", ctx.channel().remoteAddress(),
                cause.getMessage());
        ctx.close();
    }
}
