package org.acd.simulator.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.netty.buffer.ByteBuf;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.CorruptedFrameException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

final class AmiCodecTest {

    @Test
    void shouldDecodeOneMessagePerBlockWithKeysLookedUpInAnyCase() {
        EmbeddedChannel channel = new EmbeddedChannel(new AmiMessageDecoder(16));

        channel.writeInbound("", "action: Originate", "actionid: 7#", "channelid: acd-offer-1-agent1", "");

        AmiMessage message = channel.readInbound();
        assertEquals("originate", message.action());
        assertEquals("7#", message.get("ActionID"));
        assertEquals("acd-offer-1-agent1", message.get("ChannelId"));
        assertNull(channel.readInbound(), "the leading empty line made no message");
    }

    @Test
    void shouldRefuseLineWithoutColon() {
        EmbeddedChannel channel = new EmbeddedChannel(new AmiMessageDecoder(16));

        CorruptedFrameException failure = assertThrows(CorruptedFrameException.class, () -> channel.writeInbound("garbage"));

        assertEquals("AMI line 1 is not 'Key: Value': garbage", failure.getMessage());
    }

    @Test
    void shouldRefuseBlockLongerThanLimit() {
        EmbeddedChannel channel = new EmbeddedChannel(new AmiMessageDecoder(2));
        channel.writeInbound("a: 1", "b: 2");

        CorruptedFrameException failure = assertThrows(CorruptedFrameException.class, () -> channel.writeInbound("c: 3"));

        assertEquals("AMI block longer than 2 lines", failure.getMessage());
    }

    @Test
    void shouldEncodeFieldsInOrderWithCrLfAndEndingEmptyLine() {
        EmbeddedChannel channel = new EmbeddedChannel(new AmiMessageEncoder());

        channel.writeOutbound(AmiMessage.of("Event", "Hangup", "Uniqueid", "1.1", "Cause", "16"));

        ByteBuf wire = channel.readOutbound();
        assertEquals("Event: Hangup\r\nUniqueid: 1.1\r\nCause: 16\r\n\r\n", wire.toString(StandardCharsets.UTF_8));
        wire.release();
        assertFalse(channel.finish());
    }
}
