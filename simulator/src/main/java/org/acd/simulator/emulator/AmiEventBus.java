package org.acd.simulator.emulator;

import io.netty.channel.Channel;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The logged-in AMI connections, and the events every one of them receives. Connections join on
 * their event loop at login and leave when closed; {@link #publish} is called on the switch thread,
 * so every connection sees events in the switch's order.
 */
final class AmiEventBus {

    private final CopyOnWriteArrayList<Channel> listeners = new CopyOnWriteArrayList<>();

    void join(Channel channel) {
        listeners.add(channel);
        channel.closeFuture().addListener(closed -> listeners.remove(channel));
    }

    void publish(AmiMessage event) {
        for (Channel channel : listeners) {
            channel.writeAndFlush(event);
        }
    }

    int listeners() {
        return listeners.size();
    }
}
