package org.acd.telephony.agi;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.asteriskjava.fastagi.command.AnswerCommand;
import org.junit.jupiter.api.Test;

/**
 * The allow-list and the per-source session limit on real loopback sockets. Linux routes all of
 * 127.0.0.0/8 to the loopback interface, so a client bound to 127.0.0.2 is a second source on one
 * machine. A refused connection sees end-of-stream without a byte from the server.
 */
final class FastAgiSourceGateTest {

    private static final int READ_TIMEOUT_MS = 5_000;
    private static final String ENVIRONMENT = "agi_network_script: inbound\nagi_channel: PJSIP/trunk-1\n\n";

    private final CountDownLatch sessionEnded = new CountDownLatch(1);
    private final AgiScripts answering = new AgiScripts(Map.of("inbound", session -> {
        session.send(new AnswerCommand());
        session.hangup().thenRun(sessionEnded::countDown);
    }));

    @Test
    void shouldRefuseASourceOffTheAllowListBeforeReadingAndServeAnAllowedOne() throws Exception {
        AgiSettings onlyTwo = AgiSettings.loopback(0).withSources("127.0.0.1", allowOnly("127.0.0.2", 32), 10);
        try (FastAgiServer server = FastAgiServer.start(onlyTwo, answering)) {
            try (Socket stranger = connect(server, "127.0.0.1")) {
                send(stranger, ENVIRONMENT);
                assertEquals(-1, stranger.getInputStream().read(), "closed without a byte");
            }
            try (Socket asterisk = connect(server, "127.0.0.2")) {
                send(asterisk, ENVIRONMENT);
                assertEquals("ANSWER", reader(asterisk).readLine());
            }

            assertEquals(1, server.counters().sessionsRefusedNotAllowed());
            assertEquals(0, server.counters().sessionsRefusedOverSourceLimit());
            assertEquals(1, server.counters().sessionsOpened(), "the refused connection never became a session");
        }
    }

    @Test
    void shouldRefuseASourceOverItsSessionLimitWhileAnotherSourceIsServed() throws Exception {
        AgiSettings twoEach = AgiSettings.loopback(0).withSources("127.0.0.1", AgiAllowList.loopback(), 2);
        try (FastAgiServer server = FastAgiServer.start(twoEach, answering);
             Socket first = connect(server, "127.0.0.1");
             Socket second = connect(server, "127.0.0.1")) {
            answered(first);
            answered(second);

            try (Socket third = connect(server, "127.0.0.1")) {
                send(third, ENVIRONMENT);
                assertEquals(-1, third.getInputStream().read(), "over the limit: closed without a byte");
            }
            try (Socket otherSource = connect(server, "127.0.0.3")) {
                answered(otherSource);
            }
            assertEquals(1, server.counters().sessionsRefusedOverSourceLimit());
            assertEquals(0, server.counters().sessionsRefusedNotAllowed());

            first.close();
            assertTrue(sessionEnded.await(READ_TIMEOUT_MS, TimeUnit.MILLISECONDS));
            try (Socket again = connect(server, "127.0.0.1")) {
                answered(again);
            }
            assertEquals(1, server.counters().sessionsRefusedOverSourceLimit(), "a closed session frees its slot");
        }
    }

    private static AgiAllowList allowOnly(String address, int prefixLength) throws IOException {
        return AgiAllowList.of(List.of(new AgiAllowList.Block(InetAddress.getByName(address), prefixLength)));
    }

    private static void answered(Socket socket) throws IOException {
        send(socket, ENVIRONMENT);
        assertEquals("ANSWER", reader(socket).readLine());
    }

    private static Socket connect(FastAgiServer server, String fromAddress) throws IOException {
        Socket socket = new Socket();
        socket.bind(new InetSocketAddress(fromAddress, 0));
        socket.connect(server.address(), READ_TIMEOUT_MS);
        socket.setSoTimeout(READ_TIMEOUT_MS);
        return socket;
    }

    private static BufferedReader reader(Socket socket) throws IOException {
        return new BufferedReader(new InputStreamReader(socket.getInputStream(), UTF_8));
    }

    private static void send(Socket socket, String text) throws IOException {
        OutputStream out = socket.getOutputStream();
        out.write(text.getBytes(UTF_8));
        out.flush();
    }
}
