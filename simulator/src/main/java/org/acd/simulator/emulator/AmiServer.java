package org.acd.simulator.emulator;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.codec.LineBasedFrameDecoder;
import io.netty.handler.codec.string.StringDecoder;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

/**
 * The emulator's manager interface on 127.0.0.1. Pipeline, per connection:
 * <pre>
 *   LineBasedFrameDecoder -> StringDecoder -> AmiMessageDecoder (blocks) -> AmiMessageEncoder -> AmiSessionHandler
 * </pre>
 * Serves on the given event loops; closing unbinds and closes every connection.
 */
final class AmiServer implements AutoCloseable {

    private static final int MAX_LINE_BYTES = 8192;
    private static final int MAX_FIELDS = 256;

    private final Channel serverChannel;

    private AmiServer(Channel serverChannel) {
        this.serverChannel = serverChannel;
    }

    static AmiServer start(EventLoopGroup group, int port, AmiCredentials credentials, AmiEventBus events,
                           AmiActionHandler calls) throws InterruptedException {
        Channel channel = new ServerBootstrap()
                .group(group)
                .channel(NioServerSocketChannel.class)
                .childHandler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel ch) {
                        ch.pipeline().addLast(
                                new LineBasedFrameDecoder(MAX_LINE_BYTES),
                                new StringDecoder(StandardCharsets.UTF_8),
                                new AmiMessageDecoder(MAX_FIELDS),
                                new AmiMessageEncoder(),
                                new AmiSessionHandler(credentials, events, calls));
                    }
                })
                .bind("127.0.0.1", port)
                .sync()
                .channel();
        return new AmiServer(channel);
    }

    InetSocketAddress address() {
        return (InetSocketAddress) serverChannel.localAddress();
    }

    @Override
    public void close() {
        serverChannel.close().syncUninterruptibly();
    }
}
