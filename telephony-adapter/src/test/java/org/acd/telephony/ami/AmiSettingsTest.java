package org.acd.telephony.ami;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

final class AmiSettingsTest {

    private static final String SECRET = "s3cret-Pa55";
    private static final SecretSource SOURCE = new SecretSource.Environment("ACD_AMI_SECRET",
            Map.of("ACD_AMI_SECRET", SECRET));
    private static final Duration SECOND = Duration.ofSeconds(1);

    @Test
    void shouldNameThePortWhenItIsNoTcpPort() {
        assertRejected("ami.port", () -> settings(0, "acd", SECOND, SECOND, SECOND));
        assertRejected("ami.port", () -> settings(65_536, "acd", SECOND, SECOND, SECOND));
    }

    @Test
    void shouldNameTheMissingUsername() {
        assertRejected("ami.username", () -> settings(5038, null, SECOND, SECOND, SECOND));
        assertRejected("ami.username", () -> settings(5038, " ", SECOND, SECOND, SECOND));
    }

    @Test
    void shouldNameTheFirstRetryWhenItExceedsTheLongest() {
        assertRejected("ami.firstRetry", () -> settings(5038, "acd", SECOND, Duration.ofSeconds(6),
                Duration.ofSeconds(5)));
    }

    @Test
    void shouldNameTheFirstRetryWhenItIsNotPositive() {
        assertRejected("ami.firstRetry", () -> settings(5038, "acd", SECOND, Duration.ZERO, SECOND));
    }

    @Test
    void shouldNameTheActionTimeoutWhenItIsNotPositive() {
        assertRejected("ami.actionTimeout", () -> settings(5038, "acd", Duration.ZERO, SECOND, SECOND));
    }

    @Test
    void shouldNeverPrintTheSecret() {
        AmiSettings settings = AmiSettings.loopback(5038, "acd", SOURCE);

        assertFalse(settings.toString().contains(SECRET), settings.toString());
        assertTrue(settings.toString().contains("environment variable ACD_AMI_SECRET"), settings.toString());
    }

    private static AmiSettings settings(int port, String username, Duration actionTimeout, Duration firstRetry,
                                        Duration maxRetry) {
        return new AmiSettings("127.0.0.1", port, username, SOURCE, actionTimeout, firstRetry, maxRetry,
                Duration.ofSeconds(120));
    }

    private static void assertRejected(String setting, Executable construction) {
        IllegalArgumentException failure = assertThrows(IllegalArgumentException.class, construction);
        assertTrue(failure.getMessage().startsWith(setting + ":"), failure.getMessage());
    }
}
