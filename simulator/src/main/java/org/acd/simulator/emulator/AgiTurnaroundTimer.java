package org.acd.simulator.emulator;

import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelHandlerContext;

/**
 * Times one FastAGI session's turnarounds for an {@link AgiTurnaroundHandler}: the clock starts when
 * a write is flushed towards the socket and stops at the next line read. Sits between the line codec
 * and the {@link AgiClientHandler}, so it sees whole lines both ways. Runs on the session's event loop.
 */
final class AgiTurnaroundTimer extends ChannelDuplexHandler {

    private static final long NONE = -1;

    private final String script;
    private final AgiTurnaroundHandler handler;
    private long flushedAtNs = NONE;

    AgiTurnaroundTimer(String script, AgiTurnaroundHandler handler) {
        this.script = script;
        this.handler = handler;
    }

    @Override
    public void channelActive(ChannelHandlerContext ctx) throws Exception {
        handler.sessionOpened(script);
        super.channelActive(ctx);
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object line) throws Exception {
        if (flushedAtNs != NONE) {
            handler.turnaround(script, System.nanoTime() - flushedAtNs);
            flushedAtNs = NONE;
        }
        super.channelRead(ctx, line);
    }

    @Override
    public void flush(ChannelHandlerContext ctx) throws Exception {
        super.flush(ctx);
        flushedAtNs = System.nanoTime();
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) throws Exception {
        handler.sessionClosed(script);
        super.channelInactive(ctx);
    }
}
