package org.acd.simulator.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netty.channel.embedded.EmbeddedChannel;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

final class AgiTurnaroundTimerTest {

    private final List<String> heard = new ArrayList<>();
    private final List<Long> turnaroundsNs = new ArrayList<>();

    private final AgiTurnaroundHandler handler = new AgiTurnaroundHandler() {
        @Override
        public void turnaround(String script, long turnaroundNs) {
            heard.add("turnaround " + script);
            turnaroundsNs.add(turnaroundNs);
        }

        @Override
        public void sessionOpened(String script) {
            heard.add("opened " + script);
        }

        @Override
        public void sessionClosed(String script) {
            heard.add("closed " + script);
        }
    };

    @Test
    void shouldTimeFromEachFlushedWriteToTheNextLineReadOnly() {
        EmbeddedChannel channel = new EmbeddedChannel(new AgiTurnaroundTimer("inbound", handler));

        channel.writeInbound("GET DATA beep 3000 1");
        channel.writeOutbound("agi_network: yes\n\n");
        channel.writeInbound("GET DATA beep 3000 1");
        channel.writeInbound("NOOP");
        channel.writeOutbound("200 result=1\n");
        channel.writeInbound("SET VARIABLE ACD_CALL_ID 7");
        channel.close();

        assertEquals(List.of("opened inbound", "turnaround inbound", "turnaround inbound", "closed inbound"), heard);
        assertTrue(turnaroundsNs.stream().allMatch(ns -> ns >= 0), turnaroundsNs.toString());
        assertEquals("GET DATA beep 3000 1", channel.readInbound());
    }
}
