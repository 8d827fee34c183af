package org.acd.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

final class AcdMainTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine commandLine = AcdMain.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }

    @Test
    void shouldListTheDemoCommandInHelpAndExitZero() {
        assertEquals(0, run("--help"));
        assertTrue(out.toString().contains("demo"), out::toString);
    }

    @Test
    void shouldPrintItsVersion() {
        assertEquals(0, run("--version"));
        assertTrue(out.toString().matches("acd \\d+\\.\\d+\\.\\d+.*\\s*"), out::toString);
    }

    @Test
    void shouldRejectAMalformedDurationNamingTheOptionAndTheValue() {
        assertEquals(2, run("demo", "--duration", "5x"));
        assertTrue(err.toString().contains("Invalid value for option '--duration': '5x' is not a duration"),
                err::toString);
    }

    @Test
    void shouldRefuseAJournalDirectoryThatAlreadyHoldsFiles(@TempDir Path directory) throws IOException {
        Files.writeString(directory.resolve("notes.txt"), "not a journal");

        assertEquals(2, run("demo", "--journal", directory.toString()));
        assertTrue(err.toString().contains("already holds files (notes.txt)"), err::toString);
    }
}
