package org.acd.telephony.agi;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelPipeline;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.codec.LineBasedFrameDecoder;
import io.netty.handler.codec.string.StringDecoder;
import io.netty.handler.codec.string.StringEncoder;
import io.netty.handler.timeout.IdleStateHandler;
import io.netty.util.concurrent.DefaultThreadFactory;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/**
 * The FastAGI server: every session is a Netty channel served by a few event-loop threads, so
 * thousands of callers in the IVR or on hold hold no thread each. A connection from a source not on
 * the allow-list, or over its source's session limit, is closed as it is accepted, before any
 * read ({@link AgiSourceGate}). Pipeline, per admitted connection:
 * <pre>
 *   IdleStateHandler -> LineBasedFrameDecoder (max line) -> StringDecoder / StringEncoder -> AgiSessionHandler
 * </pre>
 */
public final class FastAgiServer implements AutoCloseable {

    private final EventLoopGroup group;
    private final Channel serverChannel;
    private final AgiCounters counters;

    private FastAgiServer(EventLoopGroup group, Channel serverChannel, AgiCounters counters) {
        this.group = group;
        this.serverChannel = serverChannel;
        this.counters = counters;
    }

    /** Binds and returns once the server accepts sessions. */
    public static FastAgiServer start(AgiSettings settings, AgiScripts scripts) throws InterruptedException {
        AgiCounters counters = new AgiCounters();
        AgiSourceGate gate = new AgiSourceGate(settings.allow(), settings.maxSessionsPerSource(), counters);
        EventLoopGroup group = new MultiThreadIoEventLoopGroup(settings.eventLoopThreads(),
                new DefaultThreadFactory("acd-fastagi", true), NioIoHandler.newFactory());
        try {
            Channel channel = new ServerBootstrap()
                    .group(group)
                    .channel(NioServerSocketChannel.class)
                    .childHandler(new ChannelInitializer<SocketChannel>() {
                        @Override
                        protected void initChannel(SocketChannel ch) {
                            if (!gate.admit(ch)) {
                                ch.close();
                                return;
                            }
                            ChannelPipeline pipeline = ch.pipeline();
                            pipeline.addLast(new IdleStateHandler(settings.idleTimeout().toMillis(), 0, 0,
                                    TimeUnit.MILLISECONDS));
                            pipeline.addLast(new LineBasedFrameDecoder(settings.maxLineLength()));
                            pipeline.addLast(new StringDecoder(StandardCharsets.UTF_8));
                            pipeline.addLast(new StringEncoder(StandardCharsets.UTF_8));
                            pipeline.addLast(new AgiSessionHandler(scripts, counters, settings.maxEnvironmentLines()));
                        }
                    })
                    .bind(settings.bindHost(), settings.port())
                    .sync()
                    .channel();
            return new FastAgiServer(group, channel, counters);
        } catch (InterruptedException | RuntimeException e) {
            group.shutdownGracefully(0, 0, TimeUnit.MILLISECONDS);
            throw e;
        }
    }

    public InetSocketAddress address() {
        return (InetSocketAddress) serverChannel.localAddress();
    }

    public AgiCounters counters() {
        return counters;
    }

    @Override
    public void close() {
        serverChannel.close().syncUninterruptibly();
        group.shutdownGracefully(0, 2, TimeUnit.SECONDS).syncUninterruptibly();
    }
}
