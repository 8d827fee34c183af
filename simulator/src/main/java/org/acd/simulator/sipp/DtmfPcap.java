package org.acd.simulator.sipp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A copy of one of the RFC 2833 DTMF pcaps SIPp ships, with its RTP timestamps and sequence
 * numbers moved on. SIPp replays a pcap's RTP headers as they are, so the same digit keyed twice
 * would carry the same event timestamp twice, and Asterisk drops the second as a repeat of the
 * first: each keystroke gets its own copy. Reads Ethernet captures (link type 1) in either byte
 * order, UDP over IPv4, as SIPp's are. Stateless.
 */
final class DtmfPcap {

    private static final int GLOBAL_HEADER = 24;
    private static final int RECORD_HEADER = 16;
    private static final int LINK_TYPE_ETHERNET = 1;
    private static final int ETHERNET_HEADER = 14;
    private static final int UDP_HEADER = 8;
    private static final int RTP_SEQUENCE = 2;
    private static final int RTP_TIMESTAMP = 4;
    private static final int RTP_HEADER = 12;
    private static final int MAGIC = 0xa1b2c3d4;

    private DtmfPcap() {
    }

    /**
     * Writes {@code source} to {@code target} with every RTP timestamp moved by {@code timestampShift}
     * and every sequence number by {@code sequenceShift}.
     *
     * @throws IllegalArgumentException naming the file when it is not such a capture
     */
    static void writeShifted(Path source, Path target, int timestampShift, int sequenceShift) {
        try {
            ByteBuffer pcap = ByteBuffer.wrap(Files.readAllBytes(source));
            shift(pcap, source, timestampShift, sequenceShift);
            Files.write(target, pcap.array());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy " + source + " to " + target, e);
        }
    }

    private static void shift(ByteBuffer pcap, Path source, int timestampShift, int sequenceShift) {
        if (pcap.remaining() < GLOBAL_HEADER) {
            throw new IllegalArgumentException(source + " is too short to be a pcap file");
        }
        pcap.order(ByteOrder.LITTLE_ENDIAN);
        if (pcap.getInt(0) != MAGIC) {
            pcap.order(ByteOrder.BIG_ENDIAN);
            if (pcap.getInt(0) != MAGIC) {
                throw new IllegalArgumentException(source + " is not a pcap file (no magic number)");
            }
        }
        if (pcap.getInt(20) != LINK_TYPE_ETHERNET) {
            throw new IllegalArgumentException(source + ": link type " + pcap.getInt(20) + ", not Ethernet (1)");
        }
        int record = GLOBAL_HEADER;
        while (record + RECORD_HEADER <= pcap.limit()) {
            int length = pcap.getInt(record + 8);
            int frame = record + RECORD_HEADER;
            if (length < 0 || frame + length > pcap.limit()) {
                throw new IllegalArgumentException(source + ": packet at byte " + record + " runs past the file");
            }
            int ipHeader = (pcap.get(frame + ETHERNET_HEADER) & 0x0f) * 4;
            int rtp = frame + ETHERNET_HEADER + ipHeader + UDP_HEADER;
            if (rtp + RTP_HEADER > frame + length) {
                throw new IllegalArgumentException(source + ": packet at byte " + record + " holds no RTP header");
            }
            // RTP fields are in network byte order whatever the capture's own order.
            ByteBuffer header = pcap.duplicate().order(ByteOrder.BIG_ENDIAN);
            header.putShort(rtp + RTP_SEQUENCE, (short) (header.getShort(rtp + RTP_SEQUENCE) + sequenceShift));
            header.putInt(rtp + RTP_TIMESTAMP, header.getInt(rtp + RTP_TIMESTAMP) + timestampShift);
            record = frame + length;
        }
    }
}
