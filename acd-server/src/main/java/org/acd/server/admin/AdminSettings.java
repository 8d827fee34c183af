package org.acd.server.admin;

import java.net.InetSocketAddress;
import java.nio.file.Path;

/**
 * How the admin API listens, checked once when made.
 *
 * @param bindAddress  the address to listen on; 127.0.0.1 unless the operator opens it wider
 * @param port         TCP port, 0 for any free one
 * @param tokenFile    where the bearer token lives; created with owner-only permissions when missing
 * @param metricsOpen  whether {@code /metrics} answers without the token (for a Prometheus scraper)
 */
public record AdminSettings(String bindAddress, int port, Path tokenFile, boolean metricsOpen) {

    public static final String LOOPBACK = "127.0.0.1";
    public static final int DEFAULT_PORT = 8089;
    /** Largest request body; agent actions need a few dozen bytes. */
    public static final int MAX_BODY_BYTES = 64 * 1024;
    public static final int MAX_INITIAL_LINE_BYTES = 4 * 1024;
    public static final int MAX_HEADER_BYTES = 8 * 1024;
    /** A connection with nothing read or written this long is closed; an event stream writes every second. */
    public static final long IDLE_CONNECTION_MS = 60_000;

    public AdminSettings {
        if (bindAddress == null || bindAddress.isBlank()) {
            throw new IllegalArgumentException("admin bind address: empty");
        }
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("admin port: " + port + " is not between 0 and 65535");
        }
        if (tokenFile == null) {
            throw new IllegalArgumentException("admin token file: missing");
        }
    }

    /** Loopback, the token required everywhere: what the server does unless told otherwise. */
    public static AdminSettings loopback(int port, Path tokenFile) {
        return new AdminSettings(LOOPBACK, port, tokenFile, false);
    }

    /** The token file both {@code acd} and {@code acdctl} use when none is named: ~/.acd/admin-token. */
    public static Path defaultTokenFile() {
        return Path.of(System.getProperty("user.home"), ".acd", "admin-token");
    }

    InetSocketAddress socketAddress() {
        return new InetSocketAddress(bindAddress, port);
    }
}
