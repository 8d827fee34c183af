package org.acd.simulator.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
 * The emulator's callers and agents as a FastAGI server sees them: a caller answers each prompt
 * that waits for digits with the next entry of its keys, and an agent at a phone dials its feature
 * codes as {@code agent-feature} sessions from that phone. The FastAGI server here is a plain
 * socket that sends the commands and reads the replies.
 */
final class EmulatedPeopleTest {

    private static final int READ_TIMEOUT_MS = 10_000;
    private static final AmiCredentials CREDENTIALS = new AmiCredentials("acd", "secret");

    @Test
    void shouldAnswerEachDigitPromptWithTheNextEntryOfTheCallersKeys() throws Exception {
        try (ServerSocket agiServer = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
             AsteriskEmulator emulator = AsteriskEmulator.start(0, CREDENTIALS, Map.of())) {
            emulator.routeAgiTo(agiServer.getLocalPort());
            emulator.place(List.of(new CallerPlan(0, "5551000", "100", List.of("2", "", "123456#", "7"), 1_000,
                    CallerPlan.TALKS_UNTIL_AGENT_HANGS_UP)));

            try (Session session = Session.accept(agiServer)) {
                assertEquals("inbound", session.environment().get("agi_network_script"));
                assertEquals("5551000", session.environment().get("agi_callerid"));
                assertEquals("200 result=2", session.send("GET DATA main-menu 5000 1"));
                assertEquals("200 result= (timeout)", session.send("GET DATA main-menu 5000 1"));
                assertEquals("200 result=123456", session.send("GET DATA enter-order-number 5000 10"),
                        "the digits without the terminating #");
                assertEquals("200 result=55", session.send("WAIT FOR DIGIT 5000"), "the ASCII code of '7'");
                assertEquals("200 result= (timeout)", session.send("GET DATA enter-order-number 5000 10"),
                        "keys used up: every later prompt times out");
            }
            List<LedgerCall> calls = emulator.ledger().settled().get(READ_TIMEOUT_MS, TimeUnit.MILLISECONDS);
            assertEquals(CallerOutcome.LEFT_IN_MENU, calls.get(0).outcome(), "no ACD_CALL_ID: never queued");
        }
    }

    @Test
    void shouldKeyAnIvrEntryOneDigitAtATimeAndLeaveWhenTheIvrHangsUp() throws Exception {
        try (ServerSocket agiServer = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
             AsteriskEmulator emulator = AsteriskEmulator.start(0, CREDENTIALS, Map.of())) {
            emulator.routeAgiTo(agiServer.getLocalPort());
            emulator.place(List.of(new CallerPlan(0, "5551000", "100", List.of("1", "12#"), 1_000,
                    CallerPlan.TALKS_UNTIL_AGENT_HANGS_UP)));

            try (Session session = Session.accept(agiServer)) {
                assertEquals("200 result=0 endpos=8000", session.send("STREAM FILE main-menu \"0123456789*#\""),
                        "the caller lets the prompt play");
                assertEquals("200 result=49", session.send("WAIT FOR DIGIT 5000"), "'1'");
                assertEquals("200 result=0 endpos=8000", session.send("STREAM FILE enter-order-number \"\""));
                assertEquals("200 result=49", session.send("WAIT FOR DIGIT 5000"), "'1' of the next entry");
                assertEquals("200 result=50", session.send("WAIT FOR DIGIT 3000"), "'2'");
                assertEquals("200 result=35", session.send("WAIT FOR DIGIT 3000"), "the terminator '#'");
                assertEquals("200 result=0", session.send("WAIT FOR DIGIT 3000"), "the entry is keyed: a timeout");
                assertEquals("200 result=0 endpos=8000", session.send("SAY DIGITS 12 \"\""));
                assertEquals("200 result=1", session.send("HANGUP"));
            }
            List<LedgerCall> calls = emulator.ledger().settled().get(READ_TIMEOUT_MS, TimeUnit.MILLISECONDS);
            assertEquals(CallerOutcome.ENDED_BY_IVR, calls.get(0).outcome());
        }
    }

    @Test
    void shouldHangUpAtThePromptWhoseEntryIsHangUp() throws Exception {
        try (ServerSocket agiServer = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
             AsteriskEmulator emulator = AsteriskEmulator.start(0, CREDENTIALS, Map.of())) {
            emulator.routeAgiTo(agiServer.getLocalPort());
            emulator.place(List.of(new CallerPlan(0, "5551000", "100", List.of("", CallerPlan.HANG_UP), 1_000,
                    CallerPlan.TALKS_UNTIL_AGENT_HANGS_UP)));

            try (Session session = Session.accept(agiServer)) {
                assertEquals("200 result=0", session.send("WAIT FOR DIGIT 5000"), "the first entry lets it time out");
                session.send("STREAM FILE main-menu \"0123456789*#\"");
                assertEquals("200 result=-1", session.send("WAIT FOR DIGIT 5000"), "hung up during the wait");
                assertEquals("HANGUP", session.in().readLine(), "Asterisk tells the script");
            }
            List<LedgerCall> calls = emulator.ledger().settled().get(READ_TIMEOUT_MS, TimeUnit.MILLISECONDS);
            assertEquals(CallerOutcome.LEFT_IN_MENU, calls.get(0).outcome());
        }
    }

    @Test
    void shouldDialTheLoginCodeFromTheAgentsPhone() throws Exception {
        AgentHabits noBreaks = new AgentHabits(100, 200, 0, 1_000, 2_000, 100, 200, 0, 0, 0);
        try (ServerSocket agiServer = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
             AsteriskEmulator emulator = AsteriskEmulator.startWithAgents(0, CREDENTIALS,
                     Map.of("PJSIP/1001", noBreaks), 1)) {
            emulator.routeAgiTo(agiServer.getLocalPort());
            emulator.logInAgents();

            try (Session session = Session.accept(agiServer)) {
                assertEquals("agent-feature?action=login", session.environment().get("agi_network_script"));
                assertTrue(session.environment().get("agi_channel").startsWith("PJSIP/1001-"),
                        session.environment()::toString);
                assertEquals("*71", session.environment().get("agi_extension"));
                assertEquals("200 result=0", session.send("ANSWER"));
                assertTrue(session.send("STREAM FILE beep \"\"").startsWith("200 result=0"));
            }
        }
    }

    /** One FastAGI session accepted from the emulator, its environment read. */
    private record Session(Socket socket, BufferedReader in, PrintWriter out, Map<String, String> environment)
            implements AutoCloseable {

        static Session accept(ServerSocket server) throws IOException {
            server.setSoTimeout(READ_TIMEOUT_MS);
            Socket socket = server.accept();
            socket.setSoTimeout(READ_TIMEOUT_MS);
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                    StandardCharsets.UTF_8));
            Map<String, String> environment = new HashMap<>();
            for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
                int colon = line.indexOf(": ");
                environment.put(line.substring(0, colon), line.substring(colon + 2));
            }
            return new Session(socket, in, new PrintWriter(socket.getOutputStream(), true, StandardCharsets.UTF_8),
                    environment);
        }

        /** Sends one AGI command and returns the emulator's reply. */
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
}
