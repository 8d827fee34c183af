package org.acd.telephony.agi;

import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.TooLongFrameException;
import io.netty.handler.timeout.IdleStateEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The business end of one FastAGI connection: reads the environment, starts the script it names,
 * then feeds Asterisk's replies to the session. A session that breaks the protocol is logged in one
 * line, counted once and closed; lines it sent in the same read are not parsed, so a burst of
 * garbage costs one log line. No other session notices. A session silent for the idle timeout is
 * closed, unless it is waiting for a command that runs as long as the call does (EXEC Bridge).
 */
final class AgiSessionHandler extends SimpleChannelInboundHandler<String> {

    private static final Logger LOG = LoggerFactory.getLogger(AgiSessionHandler.class);
    private static final String HANGUP = "HANGUP";

    private final AgiScripts scripts;
    private final AgiCounters counters;
    private final AgiEnvironmentParser environment;
    private final AgiReplyParser replies = new AgiReplyParser();
    private NettyAgiSession session;
    private boolean closing;

    AgiSessionHandler(AgiScripts scripts, AgiCounters counters, int maxEnvironmentLines) {
        this.scripts = scripts;
        this.counters = counters;
        this.environment = new AgiEnvironmentParser(maxEnvironmentLines);
    }

    @Override
    public void channelActive(ChannelHandlerContext ctx) {
        counters.sessionOpened();
        ctx.fireChannelActive();
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, String line) {
        if (closing) {
            return;
        }
        if (session == null) {
            AgiRequest request = environment.accept(line);
            if (request != null) {
                start(ctx, request);
            }
        } else if (HANGUP.equals(line)) {
            session.channelHungUp();
        } else {
            AgiReply reply = replies.accept(line);
            if (reply != null) {
                session.replied(reply);
            }
        }
    }

    private void start(ChannelHandlerContext ctx, AgiRequest request) {
        AgiScript script = scripts.find(request.script());
        if (script == null) {
            counters.unknownScript();
            LOG.warn("FastAGI session from {} ({}) asks for unknown script {}; closed",
                    ctx.channel().remoteAddress(), request.channel(), Printable.of(request.script()));
            close(ctx);
            return;
        }
        session = new NettyAgiSession(ctx.channel(), request);
        script.run(session);
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        counters.sessionClosed();
        if (session != null) {
            session.ended();
        }
        ctx.fireChannelInactive();
    }

    @Override
    public void userEventTriggered(ChannelHandlerContext ctx, Object event) {
        if (event instanceof IdleStateEvent && session != null && session.awaitingReply()) {
            return;
        }
        if (event instanceof IdleStateEvent) {
            counters.idleTimeout();
            LOG.warn("FastAGI session from {} ({}) idle too long; closed", ctx.channel().remoteAddress(),
                    session == null ? "environment not finished" : session.request().channel());
            close(ctx);
        } else {
            ctx.fireUserEventTriggered(event);
        }
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        if (closing) {
            return;
        }
        String channel = session == null ? "environment not finished" : session.request().channel();
        if (cause instanceof MalformedAgiException || cause instanceof TooLongFrameException) {
            counters.malformed();
            LOG.warn("FastAGI session from {} ({}) is malformed: {}; closed", ctx.channel().remoteAddress(),
                    channel, cause.getMessage());
        } else {
            LOG.error("FastAGI session from {} ({}) failed; closed", ctx.channel().remoteAddress(), channel, cause);
        }
        close(ctx);
    }

    private void close(ChannelHandlerContext ctx) {
        closing = true;
        ctx.close();
    }
}
