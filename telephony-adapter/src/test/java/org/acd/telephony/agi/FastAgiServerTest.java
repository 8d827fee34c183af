package org.acd.telephony.agi;

import static java.nio.charset.StandardCharsets.UTF_8;
import static java.util.concurrent.TimeUnit.MILLISECONDS;
import static java.util.concurrent.TimeUnit.SECONDS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.acd.telephony.testing.CapturingScript;
import org.asteriskjava.fastagi.command.AnswerCommand;
import org.asteriskjava.fastagi.command.SetVariableCommand;
import org.junit.jupiter.api.Test;

/** The server on a real loopback socket, with plain sockets playing Asterisk. Every read is bounded. */
final class FastAgiServerTest {

    private static final int READ_TIMEOUT_MS = 5_000;

    @Test
    void shouldCloseTheSessionThatSendsGarbageWithoutDisturbingAnother() throws Exception {
        CompletableFuture<AgiReply> lastReply = new CompletableFuture<>();
        AgiScript answerThenSetCallId = session -> session.send(new AnswerCommand())
                .thenCompose(answered -> session.send(new SetVariableCommand("ACD_CALL_ID", "7")))
                .whenComplete((reply, failure) -> {
                    if (failure != null) {
                        lastReply.completeExceptionally(failure);
                    } else {
                        lastReply.complete(reply);
                    }
                    session.close();
                });
        FastAgiServer server = FastAgiServer.start(AgiSettings.loopback(0),
                new AgiScripts(Map.of("inbound", answerThenSetCallId)));
        try (Socket good = connect(server); Socket bad = connect(server)) {
            BufferedReader fromServer = reader(good);
            send(good, "agi_network: yes\nagi_network_script: inbound\nagi_channel: PJSIP/trunk-00000001\n");

            send(bad, "agi_network: yes\nGET / HTTP/1.1\n");
            assertNull(reader(bad).readLine(), "the garbage session is closed");

            send(good, "agi_uniqueid: 1700000000.12\n\n");
            assertEquals("ANSWER", fromServer.readLine());
            send(good, "200 result=0\n");
            assertEquals("SET VARIABLE \"ACD_CALL_ID\" \"7\"", fromServer.readLine());
            send(good, "200 result=1\n");
            assertEquals(new AgiReply(200, "1", ""), lastReply.get(READ_TIMEOUT_MS, MILLISECONDS));
            assertNull(fromServer.readLine(), "the script closed its session");
        } finally {
            server.close();
        }

        assertEquals(2, server.counters().sessionsOpened());
        assertEquals(1, server.counters().malformedSessions());
        assertEquals(0, server.counters().activeSessions());
        assertEquals(0, server.counters().unknownScriptSessions());
    }

    @Test
    void shouldCloseASessionThatStaysSilentPastTheIdleTimeout() throws Exception {
        FastAgiServer server = FastAgiServer.start(AgiSettings.loopback(0).withIdleTimeout(Duration.ofMillis(200)),
                new AgiScripts(Map.of()));
        try (Socket silent = connect(server)) {
            send(silent, "agi_network: yes\n");

            assertNull(reader(silent).readLine());
        } finally {
            server.close();
        }

        assertEquals(1, server.counters().idleTimeouts());
        assertEquals(0, server.counters().activeSessions());
    }

    @Test
    void shouldStopAcceptingSessionsOnceClosed() throws Exception {
        FastAgiServer server = FastAgiServer.start(AgiSettings.loopback(0), new AgiScripts(Map.of()));
        InetSocketAddress address = server.address();

        server.close();

        assertThrows(ConnectException.class, () -> new Socket(address.getAddress(), address.getPort()).close());
    }

    @Test
    void shouldFailACommandSentAfterTheServerClosed() throws Exception {
        CapturingScript script = new CapturingScript();
        FastAgiServer server = FastAgiServer.start(AgiSettings.loopback(0),
                new AgiScripts(Map.of("agent-answered", script)));
        AgiSession session;
        try (Socket asterisk = connect(server)) {
            send(asterisk, "agi_network_script: agent-answered\nagi_channel: PJSIP/agent1-0000002a\n\n");
            session = script.session().get(READ_TIMEOUT_MS, MILLISECONDS);
        } finally {
            server.close();
        }

        CompletableFuture<AgiReply> late = session.send(new AnswerCommand());

        ExecutionException failure = assertThrows(ExecutionException.class, () -> late.get(5, SECONDS));
        assertInstanceOf(AgiSessionClosedException.class, failure.getCause());
    }

    private static Socket connect(FastAgiServer server) throws IOException {
        Socket socket = new Socket(server.address().getAddress(), server.address().getPort());
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
