package org.acd.server.admin;

import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import javax.net.ssl.SSLException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sits behind the TLS handler and closes a connection whose TLS failed: plain HTTP sent to the
 * HTTPS port, a client that does not trust the certificate, a broken record. Such a peer gets no
 * answer (there is no TLS session to answer in), only a closed connection and a debug line, so a
 * scanner cannot fill the log. Every other failure goes on to the router. Admin event loop.
 */
final class TlsFailureGuard extends ChannelInboundHandlerAdapter {

    private static final Logger LOG = LoggerFactory.getLogger(TlsFailureGuard.class);

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        if (isTlsFailure(cause)) {
            LOG.debug("admin API connection from {} closed: TLS failed ({})", ctx.channel().remoteAddress(),
                    cause.getMessage());
            ctx.close();
            return;
        }
        ctx.fireExceptionCaught(cause);
    }

    private static boolean isTlsFailure(Throwable cause) {
        for (Throwable link = cause; link != null; link = link.getCause()) {
            if (link instanceof SSLException) {
                return true;
            }
        }
        return false;
    }
}
