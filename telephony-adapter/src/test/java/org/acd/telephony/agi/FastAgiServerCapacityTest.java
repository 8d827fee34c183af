package org.acd.telephony.agi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.asteriskjava.fastagi.command.GetDataCommand;
import org.asteriskjava.fastagi.command.SetVariableCommand;
import org.junit.jupiter.api.Test;

/**
 * Thousands of callers can sit in FastAGI sessions at once on two event-loop threads: every
 * session below is open and waiting for its caller's digit at the same moment, then all finish.
 */
final class FastAgiServerCapacityTest {

    private static final int SESSIONS = 4_000;

    @Test
    void shouldHoldThousandsOfWaitingSessionsOnTwoThreads() throws Exception {
        AtomicInteger finished = new AtomicInteger();
        AgiScript menu = session -> session.send(new GetDataCommand("menu", 5_000, 1))
                .thenCompose(digit -> session.send(new SetVariableCommand("CHOICE", digit.result())))
                .whenComplete((reply, failure) -> {
                    if (failure == null && reply.isSuccess()) {
                        finished.incrementAndGet();
                    }
                    session.close();
                });
        AgiSettings settings = AgiSettings.loopback(0);
        try (FastAgiServer server = FastAgiServer.start(settings, new AgiScripts(Map.of("menu", menu)))) {
            List<Socket> callers = new ArrayList<>();
            try {
                for (int i = 0; i < SESSIONS; i++) {
                    Socket socket = new Socket("127.0.0.1", server.address().getPort());
                    socket.setSoTimeout((int) Duration.ofSeconds(30).toMillis());
                    callers.add(socket);
                    write(socket, "agi_network_script: menu\nagi_channel: PJSIP/trunk-" + i + "\n\n");
                }
                for (Socket caller : callers) {
                    assertEquals("GET DATA \"menu\" 5000 1", readLine(caller.getInputStream()));
                }
                assertEquals(SESSIONS, server.counters().activeSessions(), "every caller waits in the menu at once");
                assertEquals(2, settings.eventLoopThreads());

                for (Socket caller : callers) {
                    write(caller, "200 result=1\n");
                }
                for (Socket caller : callers) {
                    assertEquals("SET VARIABLE \"CHOICE\" \"1\"", readLine(caller.getInputStream()));
                    write(caller, "200 result=1\n");
                    assertEquals(-1, caller.getInputStream().read(), "the server ends the session");
                }
            } finally {
                for (Socket caller : callers) {
                    caller.close();
                }
            }
            assertEquals(SESSIONS, finished.get());
        }
    }

    private static void write(Socket socket, String text) throws IOException {
        OutputStream out = socket.getOutputStream();
        out.write(text.getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    private static String readLine(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        int c;
        while ((c = in.read()) != '\n') {
            if (c < 0) {
                throw new IOException("connection closed after '" + line + "'");
            }
            line.append((char) c);
        }
        return line.toString();
    }
}
