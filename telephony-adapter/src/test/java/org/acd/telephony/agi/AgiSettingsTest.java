package org.acd.telephony.agi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

final class AgiSettingsTest {

    private static final Duration IDLE = Duration.ofMinutes(5);

    @Test
    void shouldAcceptTheLoopbackDefaults() {
        AgiSettings settings = AgiSettings.loopback(4573);

        assertEquals(new AgiSettings("127.0.0.1", 4573, 4096, 64, IDLE, 2), settings);
        assertEquals(Duration.ofSeconds(3), settings.withIdleTimeout(Duration.ofSeconds(3)).idleTimeout());
    }

    @Test
    void shouldNameThePortWhenItIsNoTcpPort() {
        assertRejected("agi.port", () -> new AgiSettings("127.0.0.1", -1, 4096, 64, IDLE, 2));
        assertRejected("agi.port", () -> new AgiSettings("127.0.0.1", 65_536, 4096, 64, IDLE, 2));
    }

    @Test
    void shouldNameTheMaxLineLengthWhenItIsTooShortForAnEnvironmentLine() {
        assertRejected("agi.maxLineLength", () -> new AgiSettings("127.0.0.1", 0, 255, 64, IDLE, 2));
    }

    @Test
    void shouldNameTheMaxEnvironmentLinesWhenNoneAreAllowed() {
        assertRejected("agi.maxEnvironmentLines", () -> new AgiSettings("127.0.0.1", 0, 4096, 0, IDLE, 2));
    }

    @Test
    void shouldNameTheIdleTimeoutWhenItIsNotPositive() {
        assertRejected("agi.idleTimeout", () -> new AgiSettings("127.0.0.1", 0, 4096, 64, Duration.ZERO, 2));
        assertRejected("agi.idleTimeout", () -> AgiSettings.loopback(0).withIdleTimeout(Duration.ofMillis(-1)));
    }

    @Test
    void shouldNameTheEventLoopThreadsWhenThereAreNone() {
        assertRejected("agi.eventLoopThreads", () -> new AgiSettings("127.0.0.1", 0, 4096, 64, IDLE, 0));
    }

    private static void assertRejected(String setting, Executable construction) {
        IllegalArgumentException failure = assertThrows(IllegalArgumentException.class, construction);
        assertTrue(failure.getMessage().startsWith(setting + ":"), failure.getMessage());
    }
}
