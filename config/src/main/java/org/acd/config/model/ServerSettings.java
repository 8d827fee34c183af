package org.acd.config.model;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Optional;

/** The server's own sockets: FastAGI for Asterisk's calls, and the admin API with /metrics. */
public record ServerSettings(AgiListen agi, AdminListen admin) {

    /** Sessions one source may hold when the file does not say: above what one Asterisk opens. */
    public static final int DEFAULT_MAX_AGI_SESSIONS_PER_SOURCE = 5_000;

    /** FastAGI sessions from this machine only when the file does not say: 127.0.0.0/8 and ::1. */
    public static final List<AddressBlock> LOOPBACK_SOURCES = List.of(
            new AddressBlock(address(new byte[] {127, 0, 0, 0}), 8),
            new AddressBlock(address(new byte[] {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1}), 128));

    public static final ServerSettings DEFAULTS = new ServerSettings(
            new AgiListen("127.0.0.1", 4573, LOOPBACK_SOURCES, DEFAULT_MAX_AGI_SESSIONS_PER_SOURCE),
            new AdminListen("127.0.0.1", 8089, Optional.empty()));

    private static InetAddress address(byte[] raw) {
        try {
            return InetAddress.getByAddress(raw);
        } catch (UnknownHostException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
