package org.acd.server.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.StreamSupport;
import org.acd.core.api.AcdEvents;
import org.acd.core.api.QueueRequest;
import org.acd.core.journal.IvrJournal;
import org.acd.core.journal.IvrJournalEvents;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report endpoints against a running server whose journal holds known calls: one gold call
 * answered after 10 s, two standard calls abandoned at 08:00 (one short), and one abandoned two hours
 * later.
 */
final class ReportEndpointTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long T0 = Instant.parse("2026-11-23T08:00:00Z").toEpochMilli();
    private static final long HOUR = 3_600_000;
    private static final Duration REPORT_TIMEOUT = Duration.ofSeconds(60);

    @TempDir
    static Path temp;

    private static RunningAdmin admin;

    @BeforeAll
    static void journalKnownCalls() throws InterruptedException {
        admin = new RunningAdmin(temp);
        AcdEvents events = admin.runtime.events();
        events.agentLoggedIn(T0, "alice");
        events.agentReady(T0, "alice");
        events.callQueued(T0, 1, "support", "gold", "5550001", QueueRequest.NONE);
        events.callQueued(T0 + 1_000, 2, "support", "standard", "5550002", QueueRequest.NONE);
        events.callQueued(T0 + 2_000, 3, "support", "standard", "5550003", QueueRequest.NONE);
        events.callerHungUp(T0 + 3_000, 3);
        events.agentAnswered(T0 + 10_000, "alice", 1);
        events.callerHungUp(T0 + 31_000, 2);
        events.callQueued(T0 + 2 * HOUR, 4, "support", "standard", "5550004", QueueRequest.NONE);
        events.callerHungUp(T0 + 2 * HOUR + 10_000, 4);
        admin.runtime.snapshot().join();
        try (IvrJournal ivrJournal = new IvrJournal(admin.journal)) {
            IvrJournalEvents ivr = ivrJournal.writer();
            ivr.flowEntered(T0 - 20_000, 11, "main", "5550011");
            ivr.flowLeft(T0 - 5_000, 11, "main", "goodbye", "CONTAINED");
            ivr.flowEntered(T0 + 2 * HOUR - 8_000, 4, "main", "5550004");
            ivr.flowLeft(T0 + 2 * HOUR - 1_000, 4, "main", "support_queue", "QUEUED");
        }
    }

    @AfterAll
    static void stop() {
        admin.close();
    }

    /**
     * The answer to a GET, waited for longer than other requests: the first report of a kind makes
     * Chronicle generate and compile its journal reader, seconds on a busy machine.
     */
    private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return admin.client.send(admin.request(path).timeout(REPORT_TIMEOUT).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode json(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = get(path);
        assertEquals(200, response.statusCode(), response::body);
        return JSON.readTree(response.body());
    }

    private static JsonNode row(JsonNode report, String column, String group) {
        return StreamSupport.stream(report.get("rows").spliterator(), false)
                .filter(row -> row.get(column).asText().equals(group)).findFirst().orElseThrow();
    }

    private static String error(String path, int status) throws IOException, InterruptedException {
        HttpResponse<String> response = get(path);
        assertEquals(status, response.statusCode(), response::body);
        return JSON.readTree(response.body()).get("error").asText();
    }

    @Test
    void shouldReportTheAbandonRatePerQueueLeavingShortAbandonsOut() throws Exception {
        JsonNode report = json("/api/reports/abandon");

        assertEquals("abandon", report.get("report").asText());
        assertEquals("queue", report.get("by").asText());
        JsonNode support = row(report, "queue", "support");
        assertEquals(4, support.get("offered").asLong());
        assertEquals(3, support.get("abandoned").asLong());
        assertEquals(1, support.get("short_abandoned").asLong());
        assertEquals(2.0 / 3.0, support.get("abandon_rate").asDouble(), 1e-12);
        assertTrue(row(report, "queue", "all").has("abandon_rate"));
        assertTrue(!support.has("service_level"), "the abandon report leaves service levels to the service report");
    }

    @Test
    void shouldCountOnlyCallsThatEnteredBetweenFromAndTo() throws Exception {
        JsonNode report = json("/api/reports/abandon?from=2026-11-23&to=2026-11-23T09:00:00Z");

        assertEquals("2026-11-23T00:00:00Z", report.get("from").asText());
        assertEquals("2026-11-23T09:00:00Z", report.get("to").asText());
        JsonNode all = row(report, "queue", "all");
        assertEquals(3, all.get("offered").asLong());
        assertEquals(0.5, all.get("abandon_rate").asDouble(), 1e-12);
    }

    @Test
    void shouldGroupByIntervalWhenOneIsGiven() throws Exception {
        JsonNode report = json("/api/reports/abandon?interval=1h");

        assertEquals("interval", report.get("by").asText());
        assertEquals(3, row(report, "interval_start_utc", "2026-11-23T08:00:00Z").get("offered").asLong());
        assertEquals(1, row(report, "interval_start_utc", "2026-11-23T10:00:00Z").get("offered").asLong());
    }

    @Test
    void shouldReportTheServiceLevelOfOneTier() throws Exception {
        JsonNode report = json("/api/reports/service?tier=gold&by=tier");

        JsonNode gold = row(report, "tier", "gold");
        assertEquals(1, gold.get("answered").asLong());
        assertEquals(1.0, gold.get("service_level").asDouble());
        assertEquals(10.0, gold.get("asa_s").asDouble());
        assertEquals(20_000, report.get("serviceLevelMs").asLong());
        assertEquals(1, report.get("rows").size() - 1, "one tier and the row of all calls");
    }

    @Test
    void shouldReportAgentsAndTheAbandonedCallsWithTheirCallers() throws Exception {
        assertEquals(1, row(json("/api/reports/agents"), "agent", "alice").get("answered").asLong());

        JsonNode calls = json("/api/reports/abandoned-calls?from=2026-11-23T08:00:00Z").get("rows");
        assertEquals(List.of("5550003", "5550002", "5550004"),
                StreamSupport.stream(calls.spliterator(), false).map(call -> call.get("caller").asText()).toList());
        assertEquals("yes", calls.get(0).get("short").asText());
    }

    @Test
    void shouldAnswerCsvAndTablesAsText() throws Exception {
        HttpResponse<String> csv = get("/api/reports/service?format=csv");
        HttpResponse<String> table = get("/api/reports/service?format=table");

        assertEquals("text/csv; charset=utf-8", csv.headers().firstValue("Content-Type").orElseThrow());
        assertEquals("queue,offered,answered,service_level,service_level_2,removed_within_sl,asa_s,longest_wait_s",
                csv.body().lines().findFirst().orElseThrow());
        assertTrue(table.body().lines().anyMatch(line -> line.matches("support +4 +1 +100\\.0% .*")), table::body);
    }

    @Test
    void shouldReportTheIvrsContainmentFromItsJournalWithinTheWindow() throws Exception {
        JsonNode all = json("/api/reports/ivr");
        JsonNode later = json("/api/reports/ivr?from=2026-11-23T09:00:00Z");

        assertEquals("ivr", all.get("report").asText());
        assertEquals("main", all.at("/rows/0/flow").asText());
        assertEquals(2, all.at("/rows/0/entered").asInt());
        assertEquals(1, all.at("/rows/0/contained").asInt());
        assertEquals(0.5, all.at("/rows/0/containment").asDouble());
        assertEquals(1, later.at("/rows/0/entered").asInt());
        assertEquals(0, later.at("/rows/0/contained").asInt());
        assertEquals(1, later.at("/rows/0/queued").asInt());
    }

    @Test
    void shouldExportTheJournalAsQueueLogWithinTheWindow() throws Exception {
        HttpResponse<String> all = get("/api/export/queue-log");
        HttpResponse<String> later = get("/api/export/queue-log?from=2026-11-23T09:00:00Z");

        assertEquals(200, all.statusCode(), all::body);
        assertTrue(all.body().contains("|1|support|alice|CONNECT|10||10"), all::body);
        assertEquals(List.of((T0 + 2 * HOUR) / 1000 + "|4|support|NONE|ENTERQUEUE||5550004|1",
                (T0 + 2 * HOUR + 10_000) / 1000 + "|4|support|NONE|ABANDON|1|1|10"), later.body().lines().toList());
    }

    @Test
    void shouldRefuseABadIntervalNamingTheParameterAndTheAcceptedValues() throws Exception {
        assertEquals("parameter 'interval': '2h' is not accepted; use 15m, 30m, 1h (or 60m) or day",
                error("/api/reports/abandon?interval=2h", 400));
    }

    @Test
    void shouldRefuseTimesQueuesFormatsAndParametersItCannotUse() throws Exception {
        assertTrue(error("/api/reports/service?from=yesterday", 400).startsWith("parameter 'from': 'yesterday' is "
                + "not accepted; use an ISO-8601 time"));
        assertEquals("parameter 'queue': 'suport' is not accepted; use one of support",
                error("/api/reports/abandon?queue=suport", 400));
        assertEquals("parameter 'format': 'xml' is not accepted; use one of table, csv, json",
                error("/api/reports/abandon?format=xml", 400));
        assertEquals("the agents report takes no parameter 'tier'; it takes from, to, queue, format",
                error("/api/reports/agents?tier=gold", 400));
        assertEquals("parameter 'to' must come after parameter 'from'",
                error("/api/export/queue-log?from=2026-11-23&to=2026-11-22", 400));
        assertEquals("no report 'abandons'; the reports are abandon, service, agents, abandoned-calls, ivr",
                error("/api/reports/abandons", 404));
    }
}
