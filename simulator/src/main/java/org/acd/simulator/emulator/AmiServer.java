package org.acd.simulator.emulator;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.group.ChannelGroup;
import io.netty.channel.group.DefaultChannelGroup;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.codec.LineBasedFrameDecoder;
import io.netty.handler.codec.string.StringDecoder;
import io.netty.util.concurrent.GlobalEventExecutor;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

/**
 * The emulator's manager interface on 127.0.0.1. Pipeline, per connection:
 * <pre>
 *   LineBasedFrameDecoder -> StringDecoder -> AmiMessageDecoder (blocks) -> AmiMessageEncoder -> AmiSessionHandler
 * </pre>
 * Serves on the given event loops. {@link #goDown()} closes every connection and stops listening,
 * as a restarting Asterisk does, until {@link #comeBack()} listens on the same port again; closing
 * unbinds and closes every connection.
 */
final class AmiServer implements AutoCloseable {

    private static final int MAX_LINE_BYTES = 8192;
    private static final int MAX_FIELDS = 256;

    private final ServerBootstrap bootstrap;
    private final ChannelGroup connections;
    private final int port;
    private volatile Channel serverChannel;

    private AmiServer(ServerBootstrap bootstrap, ChannelGroup connections, Channel serverChannel) {
        this.bootstrap = bootstrap;
        this.connections = connections;
        this.serverChannel = serverChannel;
        this.port = ((InetSocketAddress) serverChannel.localAddress()).getPort();
    }

    static AmiServer start(EventLoopGroup group, int port, AmiCredentials credentials, AmiEventBus events,
                           AmiActionHandler calls) throws InterruptedException {
        ChannelGroup connections = new DefaultChannelGroup(GlobalEventExecutor.INSTANCE);
        ServerBootstrap bootstrap = new ServerBootstrap()
                .group(group)
                .channel(NioServerSocketChannel.class)
                .childHandler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel ch) {
                        connections.add(ch);
                        ch.pipeline().addLast(
                                new LineBasedFrameDecoder(MAX_LINE_BYTES),
                                new StringDecoder(StandardCharsets.UTF_8),
                                new AmiMessageDecoder(MAX_FIELDS),
                                new AmiMessageEncoder(),
                                new AmiSessionHandler(credentials, events, calls));
                    }
                });
        return new AmiServer(bootstrap, connections, bootstrap.bind("127.0.0.1", port).sync().channel());
    }

    InetSocketAddress address() {
        return new InetSocketAddress("127.0.0.1", port);
    }

    /** Stops listening and drops every connection at once, without a goodbye. */
    void goDown() {
        serverChannel.close().syncUninterruptibly();
        connections.close().syncUninterruptibly();
    }

    /** Listens again on the same port, after {@link #goDown()}. */
    void comeBack() throws InterruptedException {
        serverChannel = bootstrap.bind("127.0.0.1", port).sync().channel();
    }

    @Override
    public void close() {
        serverChannel.close().syncUninterruptibly();
        connections.close().syncUninterruptibly();
    }
}
