package org.acd.supervisor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.acd.config.ConfigLoader;
import org.acd.config.model.AcdConfig;
import org.acd.core.runtime.AcdRuntime;
import org.acd.core.runtime.RuntimeOptions;
import org.acd.core.testing.RecordedCommands;
import org.acd.server.admin.AdminServer;
import org.acd.server.admin.AdminSettings;
import org.acd.server.admin.AdminSetup;
import org.acd.server.admin.AdminToken;
import org.acd.server.admin.StartedFrom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code acdctl config reload} against a real admin server started from a configuration file. */
final class ConfigReloadCommandTest {

    private static final String CONFIG = """
            skills: [support]
            tiers:
              - {id: standard, priority: 0}
            queues:
              - {id: support, skills: [{skill: support, min_proficiency: 1}]}
            agents:
              - {id: alice, endpoint: PJSIP/alice, skills: {support: 5}}
            """;

    @TempDir
    Path temp;

    private Path file;
    private AcdRuntime runtime;
    private AdminServer admin;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void start() throws Exception {
        file = Files.writeString(temp.resolve("acd.yaml"), CONFIG);
        AcdConfig config = ConfigLoader.load(file);
        Path tokenFile = temp.resolve("admin-token");
        runtime = AcdRuntime.start(config.routing(), RuntimeOptions.defaults(temp.resolve("journal")),
                new RecordedCommands());
        AdminSetup setup = new AdminSetup(AdminSettings.loopback(0, tokenFile), AdminToken.loadOrCreate(tokenFile));
        admin = AdminServer.start(setup.withStartedFrom(new StartedFrom(file, config)), runtime, config.routing(),
                temp.resolve("journal"), System::currentTimeMillis);
    }

    @AfterEach
    void stop() {
        admin.close();
        runtime.close();
    }

    private int run(String... args) {
        CommandLine commandLine = AcdCtl.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        String[] all = new String[args.length + 4];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--url";
        all[args.length + 1] = admin.url();
        all[args.length + 2] = "--token-file";
        all[args.length + 3] = temp.resolve("admin-token").toString();
        return commandLine.execute(all);
    }

    @Test
    void shouldPrintWhatTheReloadChanged() throws Exception {
        Files.writeString(file, CONFIG + "  - {id: bob, endpoint: PJSIP/bob, skills: {support: 7}}\n");

        assertEquals(ExitCodes.OK, run("config", "reload"));

        assertTrue(out.toString().startsWith("reloaded " + file + " (1 queue, 2 agents, 0 flows)"), out::toString);
        assertTrue(out.toString().contains("  agents added: bob"), out::toString);
        assertEquals(ExitCodes.OK, run("agent", "login", "bob"), err::toString);
    }

    @Test
    void shouldExitSixListingEveryProblemOfTheFile() throws Exception {
        Files.writeString(file, CONFIG.replace("min_proficiency: 1", "min_proficiency: 11")
                .replace("{support: 5}", "{suport: 5}"));

        assertEquals(ExitCodes.INVALID_CONFIG, run("config", "reload"));

        String[] lines = err.toString().strip().split("\n");
        assertTrue(lines.length >= 3, err::toString);
        assertTrue(lines[0].contains("nothing was reloaded (HTTP 422)"), err::toString);
        assertTrue(lines[1].contains("line"), err::toString);
    }

    @Test
    void shouldExitOneWithTheEnginesReasonWhenItRefusesTheReload() throws Exception {
        assertEquals(ExitCodes.OK, run("agent", "login", "alice"));
        Files.writeString(file, CONFIG.replace("alice", "bob"));

        assertEquals(ExitCodes.API_ERROR, run("config", "reload"));

        assertTrue(err.toString().contains("agent 'alice' is removed but is logged in"), err::toString);
    }
}
