package org.acd.supervisor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.acd.core.api.AcdEvents;
import org.acd.core.api.QueueRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * acdctl's reports and export against a real server whose journal holds known calls: at 08:00 UTC a
 * gold call answered by alice after 12 s and a standard call abandoned after 40 s; at 10:00 a
 * standard call abandoned after 2 s (a short abandon).
 */
final class ReportCommandTest {

    private static final long T0 = Instant.parse("2026-11-23T08:00:00Z").toEpochMilli();
    private static final long HOUR = 3_600_000;

    @TempDir
    static Path temp;

    private static RunningServer server;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeAll
    static void journalKnownCalls() throws InterruptedException {
        server = new RunningServer(temp);
        AcdEvents events = server.runtime.events();
        events.agentLoggedIn(T0, "alice");
        events.agentReady(T0, "alice");
        events.callQueued(T0, 1, "support", "gold", "5550001", QueueRequest.NONE);
        events.callQueued(T0 + 1_000, 2, "support", "standard", "5550002", QueueRequest.NONE);
        events.agentAnswered(T0 + 12_000, "alice", 1);
        events.callerHungUp(T0 + 41_000, 2);
        events.callQueued(T0 + 2 * HOUR, 3, "support", "standard", "5550003", QueueRequest.NONE);
        events.callerHungUp(T0 + 2 * HOUR + 2_000, 3);
        server.runtime.snapshot().join();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private int runAt(String url, Path tokenFile, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--url", url, "--token-file", tokenFile.toString()));
        CommandLine commandLine = AcdCtl.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(all.toArray(String[]::new));
    }

    private int run(String... args) {
        return runAt(server.url(), server.tokenFile, args);
    }

    private List<String> lines() {
        return out.toString().lines().toList();
    }

    @Test
    void shouldPrintTheAbandonReportPerQueueAsATable() {
        assertEquals(0, run("report", "abandon"), err::toString);

        assertTrue(lines().get(0).startsWith("queue    offered  abandoned  short_abandoned  abandon_rate"), out::toString);
        assertTrue(lines().get(1).matches("support +3 +2 +1 +50\\.0% .*"), out::toString);
    }

    @Test
    void shouldPrintTheServiceLevelPerIntervalAsCsv() {
        assertEquals(0, run("report", "service", "--interval", "1h", "--format", "csv"), err::toString);

        assertEquals(List.of("interval_start_utc,offered,answered,service_level,service_level_2,removed_within_sl,"
                        + "asa_s,longest_wait_s",
                "2026-11-23T08:00:00Z,2,1,1.0,0.5,0.5,12.0,40.0",
                "2026-11-23T10:00:00Z,1,0,,,,,2.0",
                "all,3,1,1.0,0.5,0.5,12.0,40.0"), lines());
    }

    @Test
    void shouldPrintTheServersJsonForOneTierWithJson() throws IOException {
        assertEquals(0, run("report", "abandon", "--tier", "standard", "--to", "2026-11-23T09:00:00Z", "--json"),
                err::toString);

        JsonNode report = AdminClient.JSON.readTree(out.toString());
        assertEquals("standard", report.get("tier").asText());
        JsonNode all = report.get("rows").get(1);
        assertEquals("all", all.get("queue").asText());
        assertEquals(1, all.get("offered").asInt());
        assertEquals(1.0, all.get("abandon_rate").asDouble());
    }

    @Test
    void shouldListTheAbandonedCallsToCallBack() {
        assertEquals(0, run("report", "abandoned-calls", "--from", "2026-11-23"), err::toString);

        assertEquals(3, lines().size(), out::toString);
        assertTrue(lines().get(1).contains("5550002") && lines().get(1).contains("no"), out::toString);
        assertTrue(lines().get(2).contains("5550003") && lines().get(2).contains("yes"), out::toString);
    }

    @Test
    void shouldReportAgentsAndTheIvrOfAServerWhoseCallsNeverEnteredIt() {
        assertEquals(0, run("report", "agents", "--format", "csv"), err::toString);
        assertTrue(lines().get(1).startsWith("alice,1,"), out::toString);

        out.getBuffer().setLength(0);
        assertEquals(0, run("report", "ivr", "--format", "csv"), err::toString);
        assertEquals(List.of("flow,entered,contained,containment,queued,abandoned_in_ivr,other_exits,left_at",
                "all,0,0,,0,0,,"), lines());
    }

    @Test
    void shouldExitTwoNamingTheValueTheServerRefused() {
        assertEquals(ExitCodes.USAGE, run("report", "abandon", "--interval", "2h"));

        assertEquals("acdctl: parameter 'interval': '2h' is not accepted; use 15m, 30m, 1h (or 60m) or day "
                + "(HTTP 400)", err.toString().strip());
    }

    @Test
    void shouldRefuseTwoFormatsAtOnce() {
        assertEquals(ExitCodes.USAGE, run("report", "service", "--format", "csv", "--json"));

        assertEquals("acdctl: --json and --format csv ask for two formats; give one", err.toString().strip());
    }

    @Test
    void shouldTakeOnlyTheOptionsOfTheReportAsked() {
        assertEquals(ExitCodes.USAGE, run("report", "agents", "--tier", "gold"));

        assertTrue(err.toString().startsWith("Unknown options: '--tier'"), err::toString);
    }

    @Test
    void shouldExportTheQueueLogOfAWindowToAFile() throws IOException {
        Path file = temp.resolve("queue_log");

        assertEquals(0, run("export", "queue-log", "--from", "2026-11-23T09:00:00Z", "-o", file.toString()),
                err::toString);

        assertEquals(List.of((T0 + 2 * HOUR) / 1000 + "|3|support|NONE|ENTERQUEUE||5550003|1",
                (T0 + 2 * HOUR + 2_000) / 1000 + "|3|support|NONE|ABANDON|1|1|2"), Files.readAllLines(file));
        assertFalse(Files.exists(temp.resolve("queue_log.part")));
        assertEquals("", out.toString());
    }

    @Test
    void shouldExportTheWholeQueueLogToStandardOutput() {
        assertEquals(0, run("export", "queue-log"), err::toString);

        assertEquals(List.of("AGENTLOGIN", "ENTERQUEUE", "ENTERQUEUE", "CONNECT", "ABANDON", "ENTERQUEUE",
                "ABANDON"), lines().stream().map(line -> line.split("\\|")[4]).toList(), out::toString);
        assertTrue(lines().contains((T0 + 12_000) / 1000 + "|1|support|alice|CONNECT|12||12"), out::toString);
    }

    @Test
    void shouldSayTheServerIsDownAndLeaveNoFileBehind() throws IOException {
        String closedUrl;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedUrl = "http://127.0.0.1:" + socket.getLocalPort();
        }
        Path file = temp.resolve("never");

        assertEquals(ExitCodes.UNREACHABLE, runAt(closedUrl, server.tokenFile, "export", "queue-log", "-o",
                file.toString()));

        assertEquals("acdctl: cannot reach the ACD admin API at " + closedUrl + "/: connection refused",
                err.toString().strip());
        assertFalse(Files.exists(file) || Files.exists(temp.resolve("never.part")));
    }

    @Test
    void shouldNameTheTokenFileWhenTheReportIsRefused() throws IOException {
        Path stale = Files.writeString(temp.resolve("stale-token"), "stale\n");

        assertEquals(ExitCodes.TOKEN, runAt(server.url(), stale, "report", "service"));

        assertEquals("acdctl: the token in " + stale + " was refused by " + server.url() + "/",
                err.toString().strip());
    }

    @Test
    void shouldOfferHelpOnEveryReport() {
        for (String report : List.of("abandon", "service", "agents", "ivr", "abandoned-calls")) {
            out.getBuffer().setLength(0);
            assertEquals(0, AcdCtl.commandLine().setOut(new PrintWriter(out, true)).execute("report", report,
                    "--help"));
            assertTrue(out.toString().contains("--format=FORMAT"), out::toString);
        }
    }
}
