package org.acd.simulator.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A holding caller redirected by the ACD over AMI, as Asterisk's dialplan runs it: an announcement
 * and a declined callback offer leave the caller holding on the same channel; the exit ends the call.
 */
final class CallerRedirectTest {

    private static final int TIMEOUT_MS = 10_000;
    private static final AmiCredentials CREDENTIALS = new AmiCredentials("acd", "secret");

    @Test
    void shouldKeepACallerHoldingThroughAnAnnouncementAndADeclinedCallbackOfferAndEndItAtTheExit()
            throws Exception {
        try (ServerSocket agiServer = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
             AsteriskEmulator emulator = AsteriskEmulator.start(0, CREDENTIALS, Map.of())) {
            emulator.routeAgiTo(agiServer.getLocalPort());
            emulator.place(List.of(new CallerPlan(0, "5551000", "100", List.of(), 60_000,
                    CallerPlan.TALKS_UNTIL_AGENT_HANGS_UP)));
            String channel;
            try (Agi inbound = Agi.accept(agiServer)) {
                channel = inbound.environment().get("agi_channel");
                assertEquals("200 result=1", inbound.send("SET VARIABLE ACD_CALLBACK_FLOW callback_offer"));
                assertEquals("200 result=1", inbound.send("SET VARIABLE ACD_CALL_ID 42"));
            }
            try (Ami ami = Ami.logIn(emulator.amiPort())) {
                awaitHolding(emulator);

                assertEquals("Success", ami.redirect(channel, "acd-announce"));
                assertEquals(List.of(new LiveCall("5551000", 42, false)), emulator.liveCalls());

                assertEquals("Success", ami.redirect(channel, "acd-callback-offer"));
                try (Agi offer = Agi.accept(agiServer)) {
                    assertEquals("callback-offer?flow=callback_offer", offer.environment().get("agi_network_script"));
                    assertEquals(channel, offer.environment().get("agi_channel"));
                    assertEquals("200 result=0", offer.send("WAIT FOR DIGIT 5000"), "no keys left: it times out");
                }
                assertEquals(List.of(new LiveCall("5551000", 42, false)), emulator.liveCalls());

                assertEquals("Success", ami.redirect(channel, "acd-exit"));
            }
            List<LedgerCall> calls = emulator.ledger().settled().get(TIMEOUT_MS, TimeUnit.MILLISECONDS);
            assertEquals(CallerOutcome.EXITED, calls.get(0).outcome());
        }
    }

    private static void awaitHolding(AsteriskEmulator emulator) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(TIMEOUT_MS);
        while (emulator.liveCalls().stream().noneMatch(call -> call.acdCallId() == 42)
                && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
    }

    /** A FastAGI session accepted from the emulator, its environment read. */
    private record Agi(Socket socket, BufferedReader in, PrintWriter out, Map<String, String> environment)
            implements AutoCloseable {

        static Agi accept(ServerSocket server) throws IOException {
            server.setSoTimeout(TIMEOUT_MS);
            Socket socket = server.accept();
            socket.setSoTimeout(TIMEOUT_MS);
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
            Map<String, String> environment = new HashMap<>();
            for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
                int colon = line.indexOf(": ");
                environment.put(line.substring(0, colon), line.substring(colon + 2));
            }
            return new Agi(socket, in, new PrintWriter(socket.getOutputStream(), true, StandardCharsets.UTF_8),
                    environment);
        }

        String send(String command) throws IOException {
            out.print(command + "\n");
            out.flush();
            return in.readLine();
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }

    /** A plain AMI connection, logged in; reads each response's {@code Response} header. */
    private record Ami(Socket socket, BufferedReader in, PrintWriter out) implements AutoCloseable {

        static Ami logIn(int port) throws IOException {
            Socket socket = new Socket(InetAddress.getLoopbackAddress(), port);
            socket.setSoTimeout(TIMEOUT_MS);
            Ami ami = new Ami(socket, new BufferedReader(new InputStreamReader(socket.getInputStream(),
                    StandardCharsets.US_ASCII)), new PrintWriter(socket.getOutputStream(), true, StandardCharsets.US_ASCII));
            ami.in.readLine();
            assertEquals("Success", ami.send("Action: Login", "Username: acd", "Secret: secret", "Events: off"));
            return ami;
        }

        String redirect(String channel, String context) throws IOException {
            return send("Action: Redirect", "Channel: " + channel, "Context: " + context, "Exten: s", "Priority: 1");
        }

        /** Sends one action and returns its response's {@code Response} value, skipping events in between. */
        private String send(String... lines) throws IOException {
            out.print(String.join("\r\n", lines) + "\r\n\r\n");
            out.flush();
            while (true) {
                Map<String, String> message = new HashMap<>();
                for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
                    int colon = line.indexOf(": ");
                    if (colon > 0) {
                        message.put(line.substring(0, colon), line.substring(colon + 2));
                    }
                }
                if (message.containsKey("Response")) {
                    return message.get("Response");
                }
            }
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }
}
