package org.acd.supervisor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code acdctl config check}, which needs no server: the shipped example, and a file with problems. */
final class ConfigCheckTest {

    private static final Path RETAIL = Path.of("..", "config", "examples", "retail.yaml");

    @TempDir
    Path temp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine commandLine = AcdCtl.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }

    private Path broken() throws IOException {
        return Files.writeString(temp.resolve("broken.yaml"), """
                skills: [support]
                queus: []
                """);
    }

    @Test
    void shouldSayWhatAValidFileHolds() {
        assertEquals(0, run("config", "check", RETAIL.toString()), err::toString);

        assertEquals(RETAIL + ": OK (3 queues, 10 agents, 2 flows)", out.toString().strip());
    }

    @Test
    void shouldListEveryProblemWithItsLineAndExitSix() throws IOException {
        Path file = broken();

        assertEquals(ExitCodes.INVALID_CONFIG, run("config", "check", file.toString()));

        assertTrue(err.toString().startsWith(file + ": "), err::toString);
        assertTrue(err.toString().contains("queus: unknown key; did you mean 'queues'? (line 2)"), err::toString);
    }

    @Test
    void shouldPrintTheProblemsAsJson() throws IOException {
        assertEquals(ExitCodes.INVALID_CONFIG, run("config", "check", broken().toString(), "--json"));

        JsonNode result = AdminClient.JSON.readTree(out.toString());
        assertEquals(false, result.get("valid").asBoolean());
        assertTrue(result.get("problems").get(0).asText().contains("(line"), out::toString);
    }
}
