package org.acd.simulator.emulator;

import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.CorruptedFrameException;
import io.netty.handler.codec.MessageToMessageDecoder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Gathers AMI lines (already split and decoded to strings) into one {@link AmiMessage} per block;
 * an empty line ends a block, empty lines between blocks are skipped. A line without a colon, or a
 * block longer than the limit, is a corrupt frame and closes only this connection.
 */
final class AmiMessageDecoder extends MessageToMessageDecoder<String> {

    private final int maxFields;
    private final List<Map.Entry<String, String>> fields = new ArrayList<>();

    AmiMessageDecoder(int maxFields) {
        this.maxFields = maxFields;
    }

    @Override
    protected void decode(ChannelHandlerContext ctx, String line, List<Object> out) {
        if (line.isEmpty()) {
            if (!fields.isEmpty()) {
                out.add(new AmiMessage(fields));
                fields.clear();
            }
            return;
        }
        int colon = line.indexOf(':');
        if (colon <= 0) {
            throw new CorruptedFrameException("AMI line " + (fields.size() + 1) + " is not 'Key: Value': " + line);
        }
        if (fields.size() == maxFields) {
            throw new CorruptedFrameException("AMI block longer than " + maxFields + " lines");
        }
        fields.add(Map.entry(line.substring(0, colon).strip(), line.substring(colon + 1).strip()));
    }
}
