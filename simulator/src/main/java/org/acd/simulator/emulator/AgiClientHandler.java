package org.acd.simulator.emulator;

import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Asterisk end of one FastAGI session: sends the {@code agi_*} environment once connected, then
 * hands every command line to the channel's {@link AgiDialogue} on the switch thread. Runs on the
 * connection's event loop.
 */
final class AgiClientHandler extends SimpleChannelInboundHandler<String> {

    private static final Logger LOG = LoggerFactory.getLogger(AgiClientHandler.class);

    private final String environment;
    private final AgiDialogue dialogue;
    private final Executor switchThread;
    private AgiConnection connection;

    AgiClientHandler(String environment, AgiDialogue dialogue, Executor switchThread) {
        this.environment = environment;
        this.dialogue = dialogue;
        this.switchThread = switchThread;
    }

    @Override
    public void channelActive(ChannelHandlerContext ctx) {
        connection = new AgiConnection(ctx.channel());
        ctx.writeAndFlush(environment);
        AgiConnection opened = connection;
        switchThread.execute(() -> dialogue.opened(opened));
        ctx.fireChannelActive();
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, String line) {
        switchThread.execute(() -> dialogue.command(connection, line));
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        switchThread.execute(dialogue::ended);
        ctx.fireChannelInactive();
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        LOG.warn("FastAGI session to {} failed: {}; closed", ctx.channel().remoteAddress(), cause.getMessage());
        ctx.close();
    }
}
