package org.acd.simulator.emulator;

import io.netty.channel.Channel;

/** One open FastAGI session of the emulator, towards the ACD. Safe to use from any thread. */
final class AgiConnection {

    private final Channel channel;

    AgiConnection(Channel channel) {
        this.channel = channel;
    }

    /** Answers the command in flight, e.g. {@code 200 result=1}. */
    void reply(String line) {
        channel.writeAndFlush(line + "\n");
    }

    /** Tells the ACD that the channel hung up, as Asterisk does, and ends the session. */
    void hangUp() {
        channel.writeAndFlush("HANGUP\n");
        channel.close();
    }
}
