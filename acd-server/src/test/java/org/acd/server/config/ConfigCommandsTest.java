package org.acd.server.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.acd.server.AcdMain;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

final class ConfigCommandsTest {

    private static final String EXAMPLE = "../config/examples/retail.yaml";
    private static final String BROKEN = """
            skills: [orders, billing]
            tiers: [{id: standard}]
            queues:
              - {id: orders, skills: [{skill: billng}]}
            agents:
              - {id: ava, endpoint: PJSIP/1001, skills: {orders: 5}}
            """;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @TempDir
    private Path directory;

    private int run(String... args) {
        CommandLine commandLine = AcdMain.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }

    private Path broken() throws IOException {
        return Files.writeString(directory.resolve("broken.yaml"), BROKEN);
    }

    @Test
    void shouldSayWhatAValidFileHolds() {
        assertEquals(0, run("config", "check", EXAMPLE), err::toString);

        assertEquals(EXAMPLE + ": OK (3 queues, 10 agents, 2 flows)\n", out.toString());
    }

    @Test
    void shouldPrintEveryProblemAndExitWithTwo() throws IOException {
        Path file = broken();

        assertEquals(2, run("config", "check", file.toString()));

        assertEquals(file + ": 1 problem\n  queues[0].skills[0]: unknown skill 'billng' (did you mean 'billing'?)"
                + " (line 4)\n", err.toString());
    }

    @Test
    void shouldRefuseToServeAnInvalidFileWithoutStartingAnything() throws IOException {
        Path file = broken();
        Path journal = directory.resolve("journal");

        assertEquals(2, run("serve", "--config", file.toString(), "--journal", journal.toString(),
                "--admin-token-file", directory.resolve("token").toString()));

        assertTrue(err.toString().startsWith(file + ": 1 problem\n  queues[0].skills[0]: unknown skill 'billng'"),
                err::toString);
        assertTrue(err.toString().endsWith("acd serve: not started\n"), err::toString);
        assertFalse(Files.exists(journal), "no journal may be opened");
        assertFalse(Files.exists(directory.resolve("token")), "no admin token may be made");
    }

    @Test
    void shouldRefuseToServeAFileWithoutTheSectionsServingNeeds() throws IOException {
        Path file = Files.writeString(directory.resolve("no-asterisk.yaml"), BROKEN.replace("billng", "billing"));

        assertEquals(2, run("serve", "--config", file.toString(), "--journal", directory.resolve("j").toString()));

        assertTrue(err.toString().contains("asterisk: missing; acd serve needs the AMI connection (asterisk.ami)"),
                err::toString);
        assertTrue(err.toString().contains("inbound: missing;"), err::toString);
        assertFalse(Files.exists(directory.resolve("j")));
    }

    @Test
    void shouldAskForExactlyOneSourceToServe() {
        assertEquals(2, run("serve", "--lab", "--config", EXAMPLE, "--journal", directory.toString()));

        assertTrue(err.toString().contains("mutually exclusive"), err::toString);
    }
}
