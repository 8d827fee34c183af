package org.acd.telephony.agi;

import java.time.Duration;
import java.util.Objects;

/**
 * How the FastAGI server listens and what it tolerates from a peer.
 *
 * @param bindHost            address to listen on; loopback unless Asterisk runs elsewhere
 * @param port                Asterisk's FastAGI default is 4573; 0 picks a free port (tests)
 * @param maxLineLength       longest line accepted, in bytes
 * @param maxEnvironmentLines most {@code agi_*} lines accepted before the blank line
 * @param idleTimeout         a session that says nothing this long is closed
 * @param eventLoopThreads    threads serving all sessions
 * @param allow               the sources sessions may come from (Asterisk's addresses)
 * @param maxSessionsPerSource most sessions one source may hold open at once
 */
public record AgiSettings(String bindHost, int port, int maxLineLength, int maxEnvironmentLines,
                          Duration idleTimeout, int eventLoopThreads, AgiAllowList allow, int maxSessionsPerSource) {

    /** Above the thousands of callers one Asterisk can hold in sessions at once, below what exhausts the server. */
    public static final int DEFAULT_MAX_SESSIONS_PER_SOURCE = 5_000;

    public AgiSettings {
        Objects.requireNonNull(bindHost, "agi.bindHost: required");
        Objects.requireNonNull(idleTimeout, "agi.idleTimeout: required");
        Objects.requireNonNull(allow, "agi.allow: required");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("agi.port: " + port + " is not a TCP port (0-65535)");
        }
        if (maxLineLength < 256) {
            throw new IllegalArgumentException("agi.maxLineLength: " + maxLineLength + " is below 256 bytes");
        }
        if (maxEnvironmentLines < 1) {
            throw new IllegalArgumentException("agi.maxEnvironmentLines: must be at least 1");
        }
        if (idleTimeout.isNegative() || idleTimeout.isZero()) {
            throw new IllegalArgumentException("agi.idleTimeout: must be positive");
        }
        if (eventLoopThreads < 1) {
            throw new IllegalArgumentException("agi.eventLoopThreads: must be at least 1");
        }
        if (maxSessionsPerSource < 1) {
            throw new IllegalArgumentException("agi.maxSessionsPerSource: must be at least 1");
        }
    }

    /**
     * Loopback on {@code port}, sessions from loopback only, at most {@value #DEFAULT_MAX_SESSIONS_PER_SOURCE}
     * per source, 4 KiB lines, 64 environment lines, 5 minutes idle, 2 threads.
     */
    public static AgiSettings loopback(int port) {
        return new AgiSettings("127.0.0.1", port, 4096, 64, Duration.ofMinutes(5), 2, AgiAllowList.loopback(),
                DEFAULT_MAX_SESSIONS_PER_SOURCE);
    }

    public AgiSettings withIdleTimeout(Duration timeout) {
        return new AgiSettings(bindHost, port, maxLineLength, maxEnvironmentLines, timeout, eventLoopThreads, allow,
                maxSessionsPerSource);
    }

    /** Listening on {@code host}, sessions accepted from {@code sources} only. */
    public AgiSettings withSources(String host, AgiAllowList sources, int maxPerSource) {
        return new AgiSettings(host, port, maxLineLength, maxEnvironmentLines, idleTimeout, eventLoopThreads, sources,
                maxPerSource);
    }
}
