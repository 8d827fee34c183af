package org.acd.telephony.agi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

final class AgiSettingsTest {

    private static final Duration IDLE = Duration.ofMinutes(5);
    private static final AgiAllowList LOOPBACK = AgiAllowList.loopback();

    @Test
    void shouldAcceptTheLoopbackDefaults() {
        AgiSettings settings = AgiSettings.loopback(4573);

        assertEquals(new AgiSettings("127.0.0.1", 4573, 4096, 64, IDLE, 2, LOOPBACK, 5_000), settings);
        assertEquals(Duration.ofSeconds(3), settings.withIdleTimeout(Duration.ofSeconds(3)).idleTimeout());
    }

    @Test
    void shouldNameThePortWhenItIsNoTcpPort() {
        assertRejected("agi.port", () -> new AgiSettings("127.0.0.1", -1, 4096, 64, IDLE, 2, LOOPBACK, 5_000));
        assertRejected("agi.port", () -> new AgiSettings("127.0.0.1", 65_536, 4096, 64, IDLE, 2, LOOPBACK, 5_000));
    }

    @Test
    void shouldNameTheMaxLineLengthWhenItIsTooShortForAnEnvironmentLine() {
        assertRejected("agi.maxLineLength", () -> new AgiSettings("127.0.0.1", 0, 255, 64, IDLE, 2, LOOPBACK, 5_000));
    }

    @Test
    void shouldNameTheMaxEnvironmentLinesWhenNoneAreAllowed() {
        assertRejected("agi.maxEnvironmentLines", () -> new AgiSettings("127.0.0.1", 0, 4096, 0, IDLE, 2, LOOPBACK, 5_000));
    }

    @Test
    void shouldNameTheIdleTimeoutWhenItIsNotPositive() {
        assertRejected("agi.idleTimeout", () -> new AgiSettings("127.0.0.1", 0, 4096, 64, Duration.ZERO, 2, LOOPBACK, 5_000));
        assertRejected("agi.idleTimeout", () -> AgiSettings.loopback(0).withIdleTimeout(Duration.ofMillis(-1)));
    }

    @Test
    void shouldNameTheEventLoopThreadsWhenThereAreNone() {
        assertRejected("agi.eventLoopThreads", () -> new AgiSettings("127.0.0.1", 0, 4096, 64, IDLE, 0, LOOPBACK, 5_000));
    }

    @Test
    void shouldNameTheSessionsPerSourceWhenNoneAreAllowed() {
        assertRejected("agi.maxSessionsPerSource",
                () -> new AgiSettings("127.0.0.1", 0, 4096, 64, IDLE, 2, LOOPBACK, 0));
    }

    @Test
    void shouldNameTheAllowListWhenItIsEmptyOrAPrefixDoesNotFitTheAddress() throws Exception {
        assertRejected("agi.allow", () -> AgiAllowList.of(List.of()));
        assertRejected("agi.allow", () -> new AgiAllowList.Block(InetAddress.getByName("10.0.0.0"), 33));
        assertRejected("agi.allow", () -> new AgiAllowList.Block(InetAddress.getByName("::1"), 129));
    }

    @Test
    void shouldAllowOnlyLoopbackSourcesByDefault() {
        AgiAllowList allow = AgiSettings.loopback(0).allow();

        assertTrue(allow.allows(new InetSocketAddress("127.0.0.1", 40_000)));
        assertTrue(allow.allows(new InetSocketAddress("127.0.0.2", 40_000)));
        assertTrue(allow.allows(new InetSocketAddress("::1", 40_000)));
        assertFalse(allow.allows(new InetSocketAddress("10.0.0.1", 40_000)));
        assertFalse(allow.allows(new InetSocketAddress("::2", 40_000)));
    }

    @Test
    void shouldAllowEveryAddressOfACidrBlockAndNoOther() throws Exception {
        AgiAllowList allow = AgiAllowList.of(List.of(new AgiAllowList.Block(InetAddress.getByName("192.168.10.0"), 24),
                new AgiAllowList.Block(InetAddress.getByName("10.1.2.3"), 32)));

        assertTrue(allow.allows(new InetSocketAddress("192.168.10.0", 1)));
        assertTrue(allow.allows(new InetSocketAddress("192.168.10.255", 1)));
        assertTrue(allow.allows(new InetSocketAddress("10.1.2.3", 1)));
        assertFalse(allow.allows(new InetSocketAddress("192.168.11.1", 1)));
        assertFalse(allow.allows(new InetSocketAddress("10.1.2.4", 1)));
        assertFalse(allow.allows(new InetSocketAddress("127.0.0.1", 1)));
    }

    private static void assertRejected(String setting, Executable construction) {
        IllegalArgumentException failure = assertThrows(IllegalArgumentException.class, construction);
        assertTrue(failure.getMessage().startsWith(setting + ":"), failure.getMessage());
    }
}
