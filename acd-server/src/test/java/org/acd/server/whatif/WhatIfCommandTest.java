package org.acd.server.whatif;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.acd.server.AcdMain;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code acd whatif} over a journal written by {@code acd simulate --journal}: replayed with the
 * scenario it came from, the table shows every KPI unchanged; with more agents, fewer abandons.
 */
final class WhatIfCommandTest {

    private static final String SCENARIO = """
            seed: 3
            duration: 90m
            arrivals:
              - {from: 0h, per_hour: 120}
            call_types:
              - {name: standard, share: 0.7, queue: support, tier: standard}
              - {name: gold, share: 0.3, queue: support, tier: gold}
            patience: {dist: exponential, mean: 45s}
            handle_time: {dist: exponential, mean: 150s}
            agents:
              - {count: 5, skills: {support: 5}}
            ring_time: 1s
            no_answer_probability: 0.03
            wrap_up: 5s
            routing:
              tiers:
                - {name: standard, priority: 0}
                - {name: gold, priority: 50}
            """;

    /** A table cell: the journal's figure, an arrow, the what-if's. */
    private static final Pattern CELL = Pattern.compile("(\\S+) → (\\S+)");

    @TempDir
    static Path directory;
    private static Path scenario;
    private static Path journal;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeAll
    static void simulateWithAJournal() throws IOException {
        scenario = Files.writeString(directory.resolve("shift.yaml"), SCENARIO);
        journal = directory.resolve("journal");
        CommandLine commandLine = AcdMain.commandLine();
        commandLine.setOut(new PrintWriter(new StringWriter(), true));
        assertEquals(0, commandLine.execute("simulate", scenario.toString(), "--journal", journal.toString()));
    }

    private int run(String... args) {
        CommandLine commandLine = AcdMain.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }

    @Test
    void shouldShowTheJournalsKpisUnchangedWhenReplayedWithItsOwnScenario() {
        assertEquals(0, run("whatif", "--journal", journal.toString(), "--config", scenario.toString()), err::toString);

        String table = out.toString();
        assertTrue(table.contains("replayed with " + scenario + ", unchanged"), table);
        for (String group : new String[] {"all", "queue support", "tier gold", "tier standard"}) {
            String row = table.lines().filter(line -> line.startsWith(group + " ")).findFirst().orElseThrow();
            Matcher cells = CELL.matcher(row);
            int count = 0;
            while (cells.find()) {
                assertEquals(cells.group(1), cells.group(2), row);
                count++;
            }
            assertEquals(7, count, row);
        }
    }

    @Test
    void shouldPredictFewerAbandonsWithMoreAgentsInJson() throws IOException {
        assertEquals(0, run("whatif", "--journal", journal.toString(), "--config", scenario.toString(), "--agents",
                "support=+2", "--json"), err::toString);

        JsonNode report = new ObjectMapper().readTree(out.toString());
        JsonNode overall = report.get("overall");
        assertEquals(overall.get("journal").get("offered"), overall.get("what_if").get("offered"));
        assertTrue(overall.get("what_if").get("abandoned").asLong() < overall.get("journal").get("abandoned").asLong(),
                overall::toString);
        assertEquals("+2 in support: agent1+1, agent1+2 (copies of agent1)", report.get("changes").get(0).asText());
        assertTrue(report.get("tiers").has("gold"), report::toString);
        assertTrue(report.get("patience").get("fitted_mean_seconds").asDouble() > 0, report::toString);
    }

    @Test
    void shouldSayWhenTheDirectoryHoldsNoJournal() {
        assertEquals(2, run("whatif", "--journal", directory.resolve("nowhere").toString(), "--config",
                scenario.toString()));
        assertEquals("acd whatif: " + directory.resolve("nowhere") + " holds no journal (no outcomes directory)",
                err.toString().strip());
    }

    @Test
    void shouldPrintEveryProblemOfABadConfiguration() throws IOException {
        Path broken = Files.writeString(directory.resolve("broken.yaml"), SCENARIO.replace("per_hour: 120",
                "per_hour: -1").replace("wrap_up: 5s", "wrap_up: soon"));

        assertEquals(2, run("whatif", "--journal", journal.toString(), "--config", broken.toString()));
        assertTrue(err.toString().startsWith("acd whatif: " + broken + ": 2 problems"), err::toString);
        assertTrue(err.toString().contains("arrivals[0].per_hour: must be positive (line 4)"), err::toString);
    }

    @Test
    void shouldNameTheQueueWhenAChangeCannotApply() {
        assertEquals(2, run("whatif", "--journal", journal.toString(), "--config", scenario.toString(), "--agents",
                "support=-6"));
        assertEquals("acd whatif: queue support: 6 fewer agents asked, but only 5 able to take its calls were "
                + "logged in", err.toString().strip());
    }

    @Test
    void shouldRefuseAnAgentChangeWithoutSign() {
        assertEquals(2, run("whatif", "--journal", journal.toString(), "--config", scenario.toString(), "--agents",
                "2"));
        assertTrue(err.toString().contains("'2' is not an agent change; write +2 (two more agents in every queue), "
                + "orders=+2 or billing=-1"), err::toString);
    }
}
