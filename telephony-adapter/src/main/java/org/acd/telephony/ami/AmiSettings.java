package org.acd.telephony.ami;

import java.time.Duration;
import java.util.Objects;

/**
 * How to reach Asterisk's manager interface.
 *
 * @param host           Asterisk's AMI address
 * @param port           usually 5038
 * @param username       the manager.conf user
 * @param secret         where its password is read from
 * @param actionTimeout  an action unanswered this long has failed
 * @param firstRetry     wait before the first retry of a failed connect; doubled each failure
 * @param maxRetry       the longest wait between connect attempts
 * @param maxRingTime    Originate's own no-answer limit, a backstop behind the engine's ring timeout
 */
public record AmiSettings(String host, int port, String username, SecretSource secret, Duration actionTimeout,
                          Duration firstRetry, Duration maxRetry, Duration maxRingTime) {

    public AmiSettings {
        Objects.requireNonNull(host, "ami.host: required");
        Objects.requireNonNull(secret, "ami.secret: required");
        requirePositive(actionTimeout, "ami.actionTimeout");
        requirePositive(firstRetry, "ami.firstRetry");
        requirePositive(maxRetry, "ami.maxRetry");
        requirePositive(maxRingTime, "ami.maxRingTime");
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("ami.port: " + port + " is not a TCP port (1-65535)");
        }
        if (username == null || username.isBlank()) {
            throw new IllegalArgumentException("ami.username: required");
        }
        if (firstRetry.compareTo(maxRetry) > 0) {
            throw new IllegalArgumentException("ami.firstRetry: longer than ami.maxRetry");
        }
    }

    private static void requirePositive(Duration duration, String setting) {
        if (duration == null || duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException(setting + ": must be positive");
        }
    }

    /** Loopback on {@code port}: actions time out after 5 s, connects retry from 250 ms up to 5 s. */
    public static AmiSettings loopback(int port, String username, SecretSource secret) {
        return new AmiSettings("127.0.0.1", port, username, secret, Duration.ofSeconds(5),
                Duration.ofMillis(250), Duration.ofSeconds(5), Duration.ofSeconds(120));
    }
}
