package org.acd.simulator.sipp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.acd.simulator.sipp.SippKeyingCaller.Keystroke;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class SippKeyingCallerTest {

    @TempDir
    Path directory;

    @Test
    void shouldKeyEvenlyAfterAFirstDelay() {
        assertEquals(List.of(new Keystroke("1", 3_000), new Keystroke("0", 700), new Keystroke("#", 700)),
                SippKeyingCaller.evenly("10#", 3_000, 700));
    }

    @Test
    void shouldWriteEachKeystrokeAsAPauseThenItsOwnPcapWithATraceLine() {
        SippKeyingCaller caller = new SippKeyingCaller("order", "+4930555013", "100",
                List.of(new Keystroke("1", 3_000), new Keystroke("#", 700)), 9_000, 0);

        String scenario = caller.scenario("<scenario>\n  <!-- @KEYS@ -->\n</scenario>", Path.of("/tmp/keys"));

        assertEquals("""
                <scenario>
                  <pause milliseconds="3000"/>
                  <nop>
                    <action>
                      <exec play_pcap_audio="/tmp/keys/0.pcap"/>
                      <log message="[timestamp]\tDTMF_SENT\t[call_id]\t[field0]\t1"/>
                    </action>
                  </nop>
                  <pause milliseconds="700"/>
                  <nop>
                    <action>
                      <exec play_pcap_audio="/tmp/keys/1.pcap"/>
                      <log message="[timestamp]\tDTMF_SENT\t[call_id]\t[field0]\t#"/>
                    </action>
                  </nop>
                </scenario>""", scenario);
    }

    @Test
    void shouldRefuseAKeyAPhoneDoesNotHave() {
        assertThrows(IllegalArgumentException.class, () -> new Keystroke("A", 0));
    }

    @Test
    void shouldMoveTheRtpTimestampAndSequenceOfEveryPacketOfACopy() throws IOException {
        Path source = directory.resolve("key.pcap");
        Files.write(source, capture(2, 7_984, 13_280));
        Path copy = directory.resolve("copy.pcap");

        DtmfPcap.writeShifted(source, copy, 16_000, 200);

        assertEquals(List.of(8_184, 29_280, 8_185, 29_280), rtp(Files.readAllBytes(copy)));
        assertEquals(List.of(7_984, 13_280, 7_985, 13_280), rtp(Files.readAllBytes(source)));
    }

    @Test
    void shouldRefuseAFileThatIsNotAPcap() throws IOException {
        Path notPcap = directory.resolve("notes.txt");
        Files.writeString(notPcap, "these are not the packets you are looking for");

        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> DtmfPcap.writeShifted(notPcap, directory.resolve("copy.pcap"), 1, 1));
        assertTrue(refused.getMessage().contains("not a pcap file"), refused.getMessage());
    }

    /** A little-endian Ethernet capture of {@code packets} RTP packets, sequence numbers counting up from {@code firstSequence}. */
    private static byte[] capture(int packets, int firstSequence, int timestamp) {
        int frame = 14 + 20 + 8 + 16;
        ByteBuffer pcap = ByteBuffer.allocate(24 + packets * (16 + frame)).order(ByteOrder.LITTLE_ENDIAN);
        pcap.putInt(0xa1b2c3d4).putShort((short) 2).putShort((short) 4).putInt(0).putInt(0).putInt(65_535).putInt(1);
        for (int i = 0; i < packets; i++) {
            pcap.putInt(0).putInt(0).putInt(frame).putInt(frame);
            int start = pcap.position();
            pcap.put(start + 14, (byte) 0x45);
            ByteBuffer rtp = pcap.duplicate().order(ByteOrder.BIG_ENDIAN);
            rtp.put(start + 42, (byte) 0x80).put(start + 43, (byte) 101)
                    .putShort(start + 44, (short) (firstSequence + i)).putInt(start + 46, timestamp);
            pcap.position(start + frame);
        }
        return pcap.array();
    }

    /** Each packet's sequence number and timestamp, in order. */
    private static List<Integer> rtp(byte[] pcap) {
        ByteBuffer buffer = ByteBuffer.wrap(pcap).order(ByteOrder.BIG_ENDIAN);
        int frame = 14 + 20 + 8 + 16;
        List<Integer> values = new ArrayList<>();
        for (int record = 24; record < pcap.length; record += 16 + frame) {
            int rtp = record + 16 + 42;
            values.add(Short.toUnsignedInt(buffer.getShort(rtp + 2)));
            values.add(buffer.getInt(rtp + 4));
        }
        return values;
    }
}
