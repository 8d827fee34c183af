package org.acd.simulator.sipp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class SippTraceTest {

    private static final String INVITE = "2026-11-23\t15:25:42.269298\t1795447542.269298\tINVITE_RECEIVED\t"
            + "6bfecdc4-54b3\t5551001\t5071";

    @Test
    void shouldReadTimeEventCallPartyAndDetailOfATraceLine() {
        SippTraceLine line = SippTraceLine.parse(INVITE);

        assertEquals(1_795_447_542_269_298L, line.epochMicros());
        assertEquals(1_795_447_542_269L, line.epochMillis());
        assertEquals("INVITE_RECEIVED", line.event());
        assertEquals("6bfecdc4-54b3", line.callId());
        assertEquals("5551001", line.party());
        assertEquals("5071", line.detail());
    }

    @Test
    void shouldReadAnEpochWithFewerThanSixDecimalsAsMicroseconds() {
        SippTraceLine line = SippTraceLine.parse("d\tt\t1795447542.5\tBYE_SENT\tc\tp\t100");

        assertEquals(1_795_447_542_500_000L, line.epochMicros());
    }

    @Test
    void shouldNameTheLineThatIsNotATraceLine() {
        IllegalArgumentException shortLine = assertThrows(IllegalArgumentException.class,
                () -> SippTraceLine.parse("INVITE_RECEIVED only"));
        IllegalArgumentException noTime = assertThrows(IllegalArgumentException.class,
                () -> SippTraceLine.parse("d\tt\tnoon\tBYE_SENT\tc\tp\t100"));

        assertTrue(shortLine.getMessage().contains("'INVITE_RECEIVED only'"), shortLine.getMessage());
        assertTrue(noTime.getMessage().contains("no epoch time"), noTime.getMessage());
    }

    @Test
    void shouldReadATraceFileInOrderAndSelectEvents(@TempDir Path directory) throws IOException {
        Path file = directory.resolve("agent1.log");
        Files.write(file, List.of(INVITE, "", INVITE.replace("INVITE_RECEIVED", "ANSWERED")));

        SippTrace trace = SippTrace.read(file);

        assertEquals(2, trace.lines().size());
        assertEquals(1, trace.count("ANSWERED"));
        assertEquals(List.of("INVITE_RECEIVED", "ANSWERED"), trace.lines().stream().map(SippTraceLine::event).toList());
    }

    @Test
    void shouldReadAMissingTraceAsEmpty(@TempDir Path directory) {
        assertEquals(0, SippTrace.read(directory.resolve("not-started.log")).lines().size());
    }
}
