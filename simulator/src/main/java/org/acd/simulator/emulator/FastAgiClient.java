package org.acd.simulator.emulator;

import io.netty.bootstrap.Bootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.group.ChannelGroup;
import io.netty.channel.group.DefaultChannelGroup;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.netty.handler.codec.LineBasedFrameDecoder;
import io.netty.handler.codec.string.StringDecoder;
import io.netty.handler.codec.string.StringEncoder;
import io.netty.util.concurrent.GlobalEventExecutor;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Executor;

/**
 * Opens FastAGI sessions to the ACD, as Asterisk's {@code AGI(agi://...)} does. Pipeline, per session:
 * <pre>
 *   LineBasedFrameDecoder -> StringDecoder / StringEncoder -> [AgiTurnaroundTimer] -> AgiClientHandler
 * </pre>
 * Called on the switch thread; a session that cannot be opened ends at once (its dialogue hears
 * {@link AgiDialogue#ended()}).
 */
final class FastAgiClient {

    private static final int MAX_LINE_BYTES = 4096;

    private final Bootstrap bootstrap;
    private final Executor switchThread;
    private final AgiTurnaroundHandler turnarounds;
    private final ChannelGroup sessions = new DefaultChannelGroup(GlobalEventExecutor.INSTANCE);
    private volatile InetSocketAddress server;

    FastAgiClient(EventLoopGroup group, Executor switchThread) {
        this(group, switchThread, null);
    }

    /** With {@code turnarounds} null, sessions are not timed. */
    FastAgiClient(EventLoopGroup group, Executor switchThread, AgiTurnaroundHandler turnarounds) {
        this.switchThread = switchThread;
        this.turnarounds = turnarounds;
        this.bootstrap = new Bootstrap().group(group).channel(NioSocketChannel.class)
                .option(ChannelOption.TCP_NODELAY, true);
    }

    /** Where the dialplan's {@code agi://} URL points: the ACD's FastAGI server. */
    void target(InetSocketAddress address) {
        this.server = address;
    }

    /**
     * Cuts up to {@code count} of the open sessions, as a broken connection to the FastAGI server
     * would: each dialogue hears that its session ended, and the dialplan goes on as Asterisk's does.
     * Returns how many were cut. Any thread.
     */
    int cut(int count) {
        List<Channel> open = sessions.stream().limit(count).toList();
        open.forEach(Channel::close);
        return open.size();
    }

    void open(AgiEnvironment environment, AgiDialogue dialogue) {
        InetSocketAddress address = server;
        if (address == null) {
            throw new IllegalStateException("no FastAGI server to call: set the ACD's AGI port first");
        }
        String block = environment.block(address);
        bootstrap.clone()
                .handler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel ch) {
                        sessions.add(ch);
                        ch.pipeline().addLast(
                                new LineBasedFrameDecoder(MAX_LINE_BYTES),
                                new StringDecoder(StandardCharsets.UTF_8),
                                new StringEncoder(StandardCharsets.UTF_8));
                        if (turnarounds != null) {
                            ch.pipeline().addLast(new AgiTurnaroundTimer(environment.scriptName(), turnarounds));
                        }
                        ch.pipeline().addLast(new AgiClientHandler(block, dialogue, switchThread));
                    }
                })
                .connect(address)
                .addListener((ChannelFutureListener) connected -> {
                    if (!connected.isSuccess()) {
                        switchThread.execute(dialogue::ended);
                    }
                });
    }
}
