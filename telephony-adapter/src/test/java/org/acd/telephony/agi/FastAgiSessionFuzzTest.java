package org.acd.telephony.agi;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.LineBasedFrameDecoder;
import io.netty.handler.codec.string.StringDecoder;
import io.netty.handler.codec.string.StringEncoder;
import java.util.Map;
import org.acd.telephony.testing.RepeatingCommandScript;

/**
 * Arbitrary bytes from a peer through the FastAGI pipeline as {@link FastAgiServer} builds it, cut
 * into reads of fuzzed sizes: the environment first, then replies to a script that always has a
 * command outstanding. Nothing may escape the pipeline, and a session closed for what it sent is
 * counted as malformed or as asking for an unknown script. Seeds: {@code FastAgiSessionFuzzTestInputs}.
 */
final class FastAgiSessionFuzzTest {

    private static final int MAX_LINE_LENGTH = 256;
    private static final int MAX_ENVIRONMENT_LINES = 16;
    private static final int MAX_READ_BYTES = 512;

    @FuzzTest(maxDuration = "30s")
    void anyBytesCloseOnlyTheirSessionAndAreCounted(FuzzedDataProvider data) {
        AgiCounters counters = new AgiCounters();
        EmbeddedChannel channel = new EmbeddedChannel(
                new LineBasedFrameDecoder(MAX_LINE_LENGTH),
                new StringDecoder(UTF_8),
                new StringEncoder(UTF_8),
                new AgiSessionHandler(new AgiScripts(Map.of("inbound", new RepeatingCommandScript())), counters,
                        MAX_ENVIRONMENT_LINES));
        while (channel.isOpen() && data.remainingBytes() > 0) {
            byte[] read = data.consumeBytes(data.consumeInt(1, MAX_READ_BYTES));
            channel.writeInbound(Unpooled.wrappedBuffer(read));
            channel.runPendingTasks();
            channel.checkException();
        }
        boolean closedByServer = !channel.isOpen();
        channel.finishAndReleaseAll();

        assertEquals(0, counters.activeSessions(), "the session is closed once the channel is");
        if (closedByServer) {
            assertTrue(counters.malformedSessions() + counters.unknownScriptSessions() == 1,
                    "a session closed for its input is counted once");
        }
    }
}
