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

/** {@code acd staffing --verify}: the recommendation simulated on the real engine, beside the theory. */
final class StaffingVerifyCommandTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine commandLine = AcdMain.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }

    private static boolean within(JsonNode estimate, double value) {
        return Math.abs(estimate.get("mean").asDouble() - value) <= estimate.get("half_width").asDouble();
    }

    @Test
    void shouldPutTheSimulatedKpisWithTheirConfidenceIntervalsBesideTheTheoryInJson() throws IOException {
        assertEquals(0, run("staffing", "--calls", "100", "--interval", "30m", "--aht", "180s", "--patience", "120s",
                "--service-level", "80/20s", "--verify", "--verify-calls", "20000", "--seed", "5", "--json"),
                err::toString);

        JsonNode interval = new ObjectMapper().readTree(out.toString()).get("intervals").get(0);
        JsonNode verification = interval.get("verification");
        assertEquals(interval.get("agents").asInt(), verification.get("agents").asInt());
        assertEquals(20000, verification.get("calls").asLong());
        assertEquals(10, verification.get("replications").asInt());
        assertTrue(within(verification.get("service_level"), interval.get("service_level").asDouble()),
                verification::toString);
        assertTrue(within(verification.get("abandon_rate"), interval.get("abandon_rate").asDouble()),
                verification::toString);
        assertTrue(within(verification.get("asa_seconds"), interval.get("asa_seconds").asDouble()),
                verification::toString);
        assertTrue(verification.get("meets_target").asBoolean());
        assertTrue(verification.get("one_more_agent").isNull());
    }

    @Test
    void shouldMarkAMissedTargetAndShowWhatOneMoreAgentGives() {
        // Nine agents are predicted at a 10.03% abandon rate; with seed 10 the simulated mean is 11.3%.
        assertEquals(0, run("staffing", "--calls", "80", "--aht", "180s", "--patience", "120s", "--max-abandon",
                "10.1%", "--verify", "--verify-calls", "10000", "--seed", "10"), err::toString);

        String table = out.toString();
        assertTrue(table.contains("checked by simulation on the routing engine: 10000 calls per interval in 10 "
                + "replications, seed 10"), table);
        String row = table.lines().reduce((first, second) -> second).orElseThrow();
        assertTrue(row.matches("-\\s+9\\s+-\\s+-\\s+10\\.0%\\s+11\\.3% ± \\d\\.\\d .* MISSED; 10 agents: abandon "
                + "\\d\\.\\d% ± \\d\\.\\d, ASA .*"), row);
    }

    @Test
    void shouldVerifyEveryBusyIntervalOnSeedsOfItsOwnAndSkipQuietOnes(@TempDir Path directory) throws IOException {
        Path forecast = directory.resolve("evening.csv");
        Files.writeString(forecast, "interval_start,calls,aht_seconds,patience_seconds\n"
                + "18:00,40,180,90\n18:30,40,180,90\n19:00,0,180,90\n");

        assertEquals(0, run("staffing", forecast.toString(), "--max-abandon", "8%", "--verify", "--verify-calls",
                "10000", "--json"), err::toString);

        JsonNode intervals = new ObjectMapper().readTree(out.toString()).get("intervals");
        JsonNode first = intervals.get(0).get("verification");
        JsonNode second = intervals.get(1).get("verification");
        assertTrue(first.get("meets_target").isBoolean(), intervals::toString);
        assertTrue(first.get("service_level").isNull(), intervals::toString);
        assertTrue(first.get("abandon_rate").get("mean").asDouble() != second.get("abandon_rate").get("mean")
                .asDouble(), intervals::toString);
        assertTrue(intervals.get(2).path("verification").isMissingNode(), intervals::toString);
    }

    @Test
    void shouldRefuseVerifyOptionsWithoutVerify() {
        assertEquals(2, run("staffing", "--calls", "100", "--aht", "180s", "--service-level", "80/20s", "--seed", "3"));
        assertTrue(err.toString().startsWith("--seed is for --verify; add --verify to check the staffing by simulation"),
                err::toString);
    }

    @Test
    void shouldRefuseTooFewCallsToVerifyWith() {
        assertEquals(2, run("staffing", "--calls", "100", "--aht", "180s", "--service-level", "80/20s", "--verify",
                "--verify-calls", "500"));
        assertTrue(err.toString().startsWith("--verify-calls '500': expected at least 10000 (10 replications of 1000 "
                + "calls)"), err::toString);
    }

    @Test
    void shouldRefuseVerifyWithCsv() {
        assertEquals(2, run("staffing", "--calls", "100", "--aht", "180s", "--service-level", "80/20s", "--verify",
                "--csv"));
        assertTrue(err.toString().startsWith("--verify prints as a table or with --json"), err::toString);
    }
}
