package org.acd.server.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.acd.core.api.AgentState;
import org.acd.core.api.Party;
import org.acd.core.api.QueueRequest;
import org.acd.core.journal.Journal;
import org.acd.core.journal.JournalDurability;
import org.acd.core.journal.OutcomeRecorder;
import org.acd.server.AcdMain;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

final class ReportCommandTest {

    private static final long T0 = 1_700_000_000_000L;

    @TempDir
    static Path journal;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    /** Two calls in sales, one answered after 10 s and one abandoned after 30 s; one in billing, answered at once. */
    @BeforeAll
    static void journalCalls() {
        try (Journal written = new Journal(journal, JournalDurability.PAGE_CACHE)) {
            OutcomeRecorder outcomes = new OutcomeRecorder(written.outcomeAppender());
            written.eventAppender().writer().callQueued(T0, 2, "sales", "standard", "+15552", QueueRequest.NONE);
            outcomes.beginEvent(0, 0);
            outcomes.agentStateChanged(T0, "a1", AgentState.READY, "");
            outcomes.callEnteredQueue(T0, 1, "sales", "gold", 1);
            outcomes.callEnteredQueue(T0, 2, "sales", "standard", 2);
            outcomes.callEnteredQueue(T0, 3, "billing", "standard", 1);
            outcomes.callAnswered(T0, 3, "billing", "a2", 0);
            outcomes.agentStateChanged(T0 + 10_000, "a1", AgentState.ON_CALL, "");
            outcomes.callAnswered(T0 + 10_000, 1, "sales", "a1", 10_000);
            outcomes.callAbandoned(T0 + 30_000, 2, "sales", 30_000, 1, false);
            outcomes.callCompleted(T0 + 70_000, 1, "sales", "a1", 60_000, Party.AGENT);
            outcomes.agentStateChanged(T0 + 70_000, "a1", AgentState.WRAP_UP, "");
            outcomes.endEvent();
        }
    }

    private int run(String... args) {
        CommandLine commandLine = AcdMain.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }

    private JsonNode json(String... args) throws IOException {
        assertEquals(0, run(args), err::toString);
        return new ObjectMapper().readTree(out.toString());
    }

    @Test
    void shouldReportPerQueueWithARowOfAllCalls() throws IOException {
        JsonNode rows = json("report", "--journal", journal.toString(), "--format", "json");

        assertEquals(List.of("billing", "sales", "all"),
                List.of(rows.get(0).get("queue").asText(), rows.get(1).get("queue").asText(),
                        rows.get(2).get("queue").asText()));
        JsonNode sales = rows.get(1);
        assertEquals(2, sales.get("offered").asLong());
        assertEquals(0.5, sales.get("abandon_rate").asDouble());
        assertEquals(1.0, sales.get("service_level").asDouble());
        assertEquals(3, rows.get(2).get("offered").asLong());
    }

    @Test
    void shouldRecomputeWithTheServiceLevelGiven() throws IOException {
        JsonNode rows = json("report", "--journal", journal.toString(), "--format", "json", "--service-level", "5s");

        assertEquals(0.0, rows.get(1).get("service_level").asDouble());
    }

    @Test
    void shouldReportAgentsWithTheirHandleTimeAndOccupancy() throws IOException {
        JsonNode rows = json("report", "--journal", journal.toString(), "--by", "agent", "--format", "json");

        JsonNode a1 = rows.get(0);
        assertEquals("a1", a1.get("agent").asText());
        assertEquals(60.0, a1.get("aht_s").asDouble());
        assertEquals(60.0 / 70.0, a1.get("occupancy").asDouble(), 1e-12);
    }

    @Test
    void shouldListAbandonedCallsWithTheCallerNumberAsCsv() {
        assertEquals(0, run("report", "--journal", journal.toString(), "--abandoned", "--format", "csv"), err::toString);

        assertEquals(List.of("call_id,caller,queue,tier,entered_utc,wait_s,position,short",
                "2,+15552,sales,standard,2023-11-14T22:13:20Z,30.0,1,no"), out.toString().lines().toList());
    }

    @Test
    void shouldGroupByIntervalInAReadableTable() {
        assertEquals(0, run("report", "--journal", journal.toString(), "--by", "interval", "--interval", "15m"),
                err::toString);

        List<String> lines = out.toString().lines().toList();
        assertTrue(lines.get(0).matches("interval_start_utc +offered .*"), lines.get(0));
        assertTrue(lines.get(1).startsWith("2023-11-14T22:00:00Z"), lines.get(1));
        assertTrue(lines.get(1).contains("33.3%"), lines.get(1));
    }

    @Test
    void shouldExportTheJournalAsQueueLog() {
        assertEquals(0, run("report", "--journal", journal.toString(), "--format", "queue_log"), err::toString);

        List<String> lines = out.toString().lines().toList();
        assertEquals("1700000000|NONE|NONE|a1|AGENTLOGIN|a1", lines.get(0));
        assertTrue(lines.contains("1700000000|2|sales|NONE|ENTERQUEUE||+15552|2"), lines.toString());
        assertTrue(lines.contains("1700000070|1|sales|a1|COMPLETEAGENT|10|60|1"), lines.toString());
    }

    @Test
    void shouldRefuseADirectoryWithoutAJournal(@TempDir Path empty) {
        assertEquals(2, run("report", "--journal", empty.toString()));
        assertTrue(err.toString().contains("holds no journal"), err.toString());
    }

    @Test
    void shouldRefuseAnUnknownInterval() {
        assertEquals(2, run("report", "--journal", journal.toString(), "--interval", "45m"));
        assertTrue(err.toString().contains("use 15m, 30m, 1h (or 60m) or day"), err.toString());
    }
}
