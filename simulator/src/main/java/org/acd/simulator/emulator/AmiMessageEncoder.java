package org.acd.simulator.emulator;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.MessageToByteEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Writes an {@link AmiMessage} as Asterisk does: {@code Key: Value\r\n} lines and an empty line. */
final class AmiMessageEncoder extends MessageToByteEncoder<AmiMessage> {

    private static final String CRLF = "\r\n";

    @Override
    protected void encode(ChannelHandlerContext ctx, AmiMessage message, ByteBuf out) {
        for (Map.Entry<String, String> field : message.fields()) {
            out.writeCharSequence(field.getKey(), StandardCharsets.UTF_8);
            out.writeCharSequence(": ", StandardCharsets.UTF_8);
            out.writeCharSequence(field.getValue(), StandardCharsets.UTF_8);
            out.writeCharSequence(CRLF, StandardCharsets.UTF_8);
        }
        out.writeCharSequence(CRLF, StandardCharsets.UTF_8);
    }
}
