package org.acd.server.simulate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.acd.server.AcdMain;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

final class SimulateCommandTest {

    private static final String EXAMPLE = "../config/examples/support-shift.yaml";
    private static final List<String> KPI_FIELDS = List.of("offered", "answered", "abandoned", "short_abandoned",
            "abandon_rate", "waited_fraction", "asa_seconds", "mean_wait_all_seconds", "service_level");

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine commandLine = AcdMain.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }

    private JsonNode json(String... args) throws IOException {
        out.getBuffer().setLength(0);
        assertEquals(0, run(args), err::toString);
        return new ObjectMapper().readTree(out.toString());
    }

    @Test
    void shouldPrintEveryKpiOverallAndPerTierAsJson() throws IOException {
        JsonNode report = json("simulate", EXAMPLE, "--json");

        for (String field : KPI_FIELDS) {
            assertTrue(report.get(field).isNumber(), field);
            assertTrue(report.get("tiers").get("standard").get(field).isNumber(), "standard " + field);
            assertTrue(report.get("tiers").get("platinum").get(field).isNumber(), "platinum " + field);
        }
        assertEquals(report.get("offered").asLong(), report.get("ground_truth").get("placed").asLong());
        assertEquals(42, report.get("seed").asLong());
    }

    @Test
    void shouldPrintTheWaitEstimatesErrorsPerQueueBesideTheMovingAverages() throws IOException {
        JsonNode report = json("simulate", EXAMPLE, "--json");

        JsonNode support = report.get("wait_estimates").get("support");
        assertEquals(report.get("answered").asLong(),
                support.get("calls").asLong() + support.get("unpredicted").asLong());
        for (String predictor : List.of("engine", "moving_average")) {
            for (String field : List.of("mean_absolute_error_seconds", "median_absolute_error_seconds",
                    "p90_absolute_error_seconds", "bias_seconds")) {
                assertTrue(support.get(predictor).get(field).isNumber(), predictor + " " + field);
            }
            assertTrue(support.get(predictor).get("mean_absolute_error_seconds").asDouble() > 0, predictor);
        }
    }

    @Test
    void shouldRepeatTheScenarioSeedAndChangeWithAnother() throws IOException {
        JsonNode first = json("simulate", EXAMPLE, "--json");
        JsonNode again = json("simulate", EXAMPLE, "--json");
        JsonNode other = json("simulate", EXAMPLE, "--json", "--seed", "7");

        assertEquals(first, again);
        assertEquals(7, other.get("seed").asLong());
        assertNotEquals(first.get("answered"), other.get("answered"));
    }

    @Test
    void shouldReportTheSameFromItsJournal(@TempDir Path journal) throws IOException {
        JsonNode direct = json("simulate", EXAMPLE, "--json");
        JsonNode journaled = json("simulate", EXAMPLE, "--json", "--journal", journal.resolve("run").toString());

        assertEquals(direct, journaled);
        assertTrue(Files.isDirectory(journal.resolve("run").resolve("outcomes")));
    }

    @Test
    void shouldPrintAReadableTable() {
        assertEquals(0, run("simulate", EXAMPLE));

        String table = out.toString();
        assertTrue(table.contains("all calls"), table);
        assertTrue(table.contains("platinum"), table);
        assertTrue(table.contains("abandon rate"), table);
        assertTrue(table.contains("service level (20 s)"), table);
        assertTrue(table.contains("simulator's ledger:"), table);
        assertTrue(table.contains("wait estimate at entry against the wait of each answered call"), table);
        assertTrue(table.contains("avg 20"), table);
    }

    @Test
    void shouldListEveryProblemOfABrokenScenarioAndExitTwo(@TempDir Path directory) throws IOException {
        Path broken = directory.resolve("broken.yaml");
        Files.writeString(broken, """
                calls: 100
                arrivals:
                  - {from: 0h, per_hour: 0}
                call_types:
                  - {name: all, share: 1, queue: support, tier: standard}
                handle_time: {dist: exponential, mean: 60s}
                agents:
                  - {count: 2, skills: {support: 5}, shift: day}
                """);

        assertEquals(2, run("simulate", broken.toString()));
        assertTrue(err.toString().contains("arrivals[0].per_hour: must be positive (line 3)"), err::toString);
        assertTrue(err.toString().contains("agents[0].shift: unknown key"), err::toString);
        assertEquals("", out.toString());
    }

    @Test
    void shouldSayWhenTheScenarioFileIsMissing(@TempDir Path directory) {
        assertEquals(2, run("simulate", directory.resolve("nowhere.yaml").toString()));
        assertTrue(err.toString().contains("cannot read scenario"), err::toString);
    }
}
