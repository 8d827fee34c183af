package org.acd.server.admin;

import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.timeout.IdleStateEvent;

/**
 * Closes an admin connection once the idle handler in front of it reports that nothing went either
 * way for {@link AdminSettings#IDLE_CONNECTION_MS}: a client that opened a connection and sends a
 * request head slowly, or never, does not keep it forever. A live event stream writes every
 * second, so it never goes idle. Admin event loop.
 */
final class IdleConnectionCloser extends ChannelInboundHandlerAdapter {

    @Override
    public void userEventTriggered(ChannelHandlerContext ctx, Object event) {
        if (event instanceof IdleStateEvent) {
            ctx.close();
            return;
        }
        ctx.fireUserEventTriggered(event);
    }
}
