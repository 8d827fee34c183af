package org.acd.supervisor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

final class AcdCtlTest {

    @TempDir
    Path temp;

    private FakeAdminApi api;
    private Path tokenFile;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void start() throws IOException {
        api = new FakeAdminApi();
        tokenFile = Files.writeString(temp.resolve("admin-token"), FakeAdminApi.TOKEN + "\n");
    }

    @AfterEach
    void stop() {
        api.close();
    }

    private int runAt(String url, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--url", url, "--token-file", tokenFile.toString()));
        CommandLine commandLine = AcdCtl.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(all.toArray(String[]::new));
    }

    private int run(String... args) {
        return runAt(api.url(), args);
    }

    @Test
    void shouldPrintTheQueuesAsATable() {
        assertEquals(0, run("queues"));

        List<String> lines = out.toString().lines().toList();
        assertEquals("QUEUE    WAITING  LONGEST  READY  LOGGED IN", lines.get(0));
        assertEquals("orders         3     1:15      0          4", lines.get(1));
    }

    @Test
    void shouldPrintTheStatusInPlainWords() {
        assertEquals(0, run("status"));

        assertTrue(out.toString().contains("acd 0.1.0, up 1:02:03"), out::toString);
        assertTrue(out.toString().contains("2 ready, 0 ringing, 1 on call"), out::toString);
    }

    @Test
    void shouldPrintTheApisJsonWithTheJsonOption() {
        assertEquals(0, run("calls", "--json"));

        assertTrue(out.toString().contains("\"callerNumber\" : \"5550001\""), out::toString);
    }

    @Test
    void shouldPauseAnAgentWithTheReasonGiven() {
        assertEquals(0, run("agent", "pause", "bob", "--reason", "coaching"));

        assertTrue(api.requestBodies.contains("{\"reason\":\"coaching\"}"), api.requestBodies::toString);
        assertEquals("bob is now NOT_READY (coaching)", out.toString().strip());
    }

    @Test
    void shouldExitFiveNamingAnUnknownAgent() {
        assertEquals(ExitCodes.NOT_FOUND, run("agent", "login", "mallory"));

        assertEquals("acdctl: no agent 'mallory' is configured (HTTP 404)", err.toString().strip());
    }

    @Test
    void shouldSayTheServerCannotBeReachedWhenNothingListens() throws IOException {
        String closedUrl;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedUrl = "http://127.0.0.1:" + socket.getLocalPort();
        }

        assertEquals(ExitCodes.UNREACHABLE, runAt(closedUrl, "status"));

        assertEquals("acdctl: cannot reach the ACD admin API at " + closedUrl + "/: connection refused",
                err.toString().strip());
    }

    @Test
    void shouldNameTheTokenFileWhenTheTokenIsRefusedAndNeverPrintTheToken() throws IOException {
        Files.writeString(tokenFile, "stale-token\n");

        assertEquals(ExitCodes.TOKEN, run("agents"));

        assertEquals("acdctl: the token in " + tokenFile + " was refused by " + api.url() + "/",
                err.toString().strip());
        assertFalse((out + err.toString()).contains("stale-token"));
    }

    @Test
    void shouldExitFourWhenTheTokenFileIsMissing() throws IOException {
        Files.delete(tokenFile);

        assertEquals(ExitCodes.TOKEN, run("status"));

        assertTrue(err.toString().contains("no token file at " + tokenFile), err::toString);
    }

    @Test
    void shouldDrawTheWallboardOnceWithALongWaitInRed() {
        assertEquals(0, run("watch", "--once"));

        String board = out.toString();
        assertTrue(board.contains(Ansi.color(Ansi.RED, "1:15")), board);
        assertTrue(board.contains("agents: 0 ready, 0 ringing, 1 on call, 0 wrap-up, 1 not ready, 0 logged out"),
                board);
        assertFalse(board.contains(Ansi.HOME), "no cursor movement with --once");
    }

    @Test
    void shouldShowTodaysServiceLevelAndAbandonRateInTheServersColours() {
        assertEquals(0, run("watch", "--once"));

        String board = out.toString();
        assertTrue(board.contains(Ansi.color(Ansi.YELLOW, "74.2%")), board);
        assertTrue(board.contains(Ansi.color(Ansi.RED, "15.0%")), board);
        assertTrue(board.contains("Abandon rate: yellow from 5.0%, red from 10.0%."), board);
    }

    @Test
    void shouldDrawTheWallboardWithoutColorWhenAsked() {
        assertEquals(0, run("watch", "--once", "--no-color"));

        assertFalse(out.toString().contains("\u001b["), out::toString);
        assertTrue(out.toString().contains("bob    Bob    NOT_READY  0:04  -     RONA"), out::toString);
    }

    @Test
    void shouldListTheExitStatusesInHelp() {
        assertEquals(0, AcdCtl.commandLine().setOut(new PrintWriter(out, true)).execute("--help"));

        assertTrue(out.toString().contains("3  the admin API could not be reached"), out::toString);
    }

    @Test
    void shouldNameACaCertificateFileThatIsMissingOrNotPem() throws IOException {
        Path missing = temp.resolve("missing.pem");
        Path notPem = Files.writeString(temp.resolve("not.pem"), "hello");

        assertEquals(2, runAt("https://127.0.0.1:8443", "status", "--cacert", missing.toString()));
        assertEquals(2, runAt("https://127.0.0.1:8443", "status", "--cacert", notPem.toString()));

        List<String> lines = err.toString().lines().toList();
        assertEquals("acdctl: --cacert " + missing + ": not found", lines.get(0));
        assertTrue(lines.get(1).startsWith("acdctl: --cacert " + notPem + ": "), lines::toString);
    }

    @Test
    void shouldRefuseACaCertificateForAPlainHttpUrl() throws IOException {
        Path pem = Files.writeString(temp.resolve("ca.pem"), "unused");

        assertEquals(2, run("status", "--cacert", pem.toString()));

        assertEquals("acdctl: --cacert is for an https:// URL; --url is " + api.url() + "\n", err.toString()
                .replace(System.lineSeparator(), "\n"));
    }
}
