package org.acd.server.staffing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.acd.server.AcdMain;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

final class StaffingCommandTest {

    private static final String EXAMPLE = "../config/examples/forecast.csv";

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine commandLine = AcdMain.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }

    @Test
    void shouldStaffTheTextbookWorkloadWithFourteenAgents() {
        assertEquals(0, run("staffing", "--calls", "100", "--interval", "30m", "--aht", "180s", "--service-level", "80/20s",
                "--csv"), err::toString);

        assertEquals(StaffingCsv.HEADER + System.lineSeparator()
                + "-,100,180,none,14,14,0.1741,0.8884,0.0000,7.84,0.7143" + System.lineSeparator(), out.toString());
    }

    @Test
    void shouldStaffEveryIntervalOfTheExampleForecastAndScheduleForShrinkage() throws IOException {
        assertEquals(0, run("staffing", EXAMPLE, "--service-level", "80/20s", "--max-abandon", "5%", "--shrinkage",
                "30%", "--json"), err::toString);

        JsonNode report = new ObjectMapper().readTree(out.toString());
        assertEquals(1800, report.get("interval_seconds").asLong());
        assertEquals(0.05, report.get("target").get("max_abandon_rate").asDouble());
        JsonNode intervals = report.get("intervals");
        assertEquals(10, intervals.size());
        for (JsonNode interval : intervals) {
            int agents = interval.get("agents").asInt();
            assertEquals((int) Math.ceil(agents / 0.7 - 1e-9), interval.get("scheduled_agents").asInt());
            assertTrue(interval.get("service_level").asDouble() >= 0.8, interval::toString);
            assertTrue(interval.get("abandon_rate").asDouble() <= 0.05, interval::toString);
        }
        assertEquals("10:00", intervals.get(4).get("interval_start").asText());
        assertEquals(19, intervals.get(4).get("agents").asInt());
    }

    @Test
    void shouldPrintATableWithThePeak() {
        assertEquals(0, run("staffing", EXAMPLE, "--service-level", "80/20"), err::toString);

        String table = out.toString();
        assertTrue(table.startsWith("target: 80% within 20 s; intervals of 30 min; shrinkage 0%"), table);
        assertTrue(table.contains("peak: "), table);
    }

    @Test
    void shouldScheduleNeededAgentsDividedByOneMinusShrinkageRoundedUp() {
        assertEquals(20, StaffingCommand.scheduled(14, 0.3));
        assertEquals(15, StaffingCommand.scheduled(14, 0.05));
        assertEquals(14, StaffingCommand.scheduled(14, 0.0));
        assertEquals(0, StaffingCommand.scheduled(0, 0.3));
    }

    @Test
    void shouldStaffNoAgentsForAQuietInterval(@TempDir Path directory) throws IOException {
        Path forecast = directory.resolve("night.csv");
        Files.writeString(forecast, "interval_start,calls,aht_seconds\n02:00,0,180\n02:15,3,180\n");

        assertEquals(0, run("staffing", forecast.toString(), "--max-abandon", "10%", "--patience", "60s", "--csv"),
                err::toString);
        assertTrue(out.toString().contains("02:00,0,180,60,0,0,,,,,"), out::toString);
    }

    @Test
    void shouldPrintEveryProblemOfABadForecastWithItsLineAndExitTwo(@TempDir Path directory) throws IOException {
        Path forecast = directory.resolve("forecast.csv");
        Files.writeString(forecast, "interval_start,calls,aht_seconds\n08:00,10,180\n08:30,x,180\n09:00,5,-1\n");

        assertEquals(2, run("staffing", forecast.toString(), "--service-level", "80/20s"));
        assertEquals(forecast + ":3: calls 'x' is not a number" + System.lineSeparator()
                + forecast + ":4: aht_seconds '-1' must be positive" + System.lineSeparator(), err.toString());
        assertEquals("", out.toString());
    }

    @Test
    void shouldRefuseToRunWithoutATarget() {
        assertEquals(2, run("staffing", "--calls", "100", "--aht", "180s"));
        assertTrue(err.toString().contains("give a target: --service-level"), err::toString);
    }

    @Test
    void shouldNameTheOptionOfABadValue() {
        assertEquals(2, run("staffing", "--calls", "100", "--aht", "3 minutes", "--service-level", "80/20s"));
        assertTrue(err.toString().contains("--aht '3 minutes': expected a duration like 180s"), err::toString);

        err.getBuffer().setLength(0);
        assertEquals(2, run("staffing", "--calls", "100", "--aht", "180s", "--service-level", "80%"));
        assertTrue(err.toString().contains("--service-level '80%': expected a share and a threshold like 80/20s"),
                err::toString);
    }

    @Test
    void shouldSayWhenTheForecastIsMissing(@TempDir Path directory) {
        assertEquals(2, run("staffing", directory.resolve("nowhere.csv").toString(), "--max-abandon", "5%"));
        assertTrue(err.toString().contains("cannot read forecast"), err::toString);
    }
}
