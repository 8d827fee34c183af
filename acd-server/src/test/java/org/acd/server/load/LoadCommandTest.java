package org.acd.server.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.acd.config.ConfigLoader;
import org.acd.config.model.AcdConfig;
import org.acd.core.runtime.RuntimeOptions;
import org.acd.server.AcdMain;
import org.acd.server.telephony.AcdServer;
import org.acd.server.telephony.ConfiguredTelephony;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code acd load} end to end against the real server on 127.0.0.1, both in this JVM but talking
 * over TCP only: a few seconds at 20 calls per second, five agents, rings left unanswered now and
 * then (RONA, then the agent keys ready again), callers who give up. Bounded: it stops by itself.
 */
final class LoadCommandTest {

    private static final int AGENTS = 5;

    @TempDir
    Path directory;

    @Test
    void shouldPlaceCallsAgainstARunningServerAndReconcileEveryOneWithItsJournal() throws Exception {
        int amiPort = freePort();
        Path config = writeConfig(amiPort);
        Path journal = directory.resolve("journal");
        AcdConfig loaded = ConfigLoader.load(config);
        try (AcdServer server = AcdServer.start(loaded.routing(), ConfiguredTelephony.settings(loaded),
                RuntimeOptions.defaults(journal))) {
            long nowMs = System.currentTimeMillis();
            loaded.routing().agents().forEach(agent -> {
                server.runtime().events().agentLoggedIn(nowMs, agent.id());
                server.runtime().events().agentReady(nowMs, agent.id());
            });

            Run run = load("--config", config.toString(), "--journal", journal.toString(),
                    "--agi-port", Integer.toString(server.adapter().agiPort()), "--rate", "20", "--duration", "3s",
                    "--handle-time", "fixed:300ms", "--answer-delay", "fixed:100ms", "--patience", "exponential:2s",
                    "--no-answer", "0.1", "--ready-again", "2s", "--seed", "5", "--drain-timeout", "30s");

            assertEquals(0, run.exitCode(), run.out() + run.err());
            assertTrue(run.out().contains("result: PASSED"), run.out());
            long placed = number(run.out(), "load: placing (\\d+) calls");
            assertTrue(placed > 30, run.out());
            long answered = number(run.out(), "\\n  answered +(\\d+) +\\d+\\n");
            long abandoned = number(run.out(), "\\n  abandoned +(\\d+) +\\d+\\n");
            assertEquals(placed, number(run.out(), "\\n  calls queued +\\d+ +(\\d+)\\n"), run.out());
            assertTrue(answered > 0 && abandoned > 0, "the load both answers and abandons:\n" + run.out());
            assertTrue(number(run.out(), "\\n  inbound +(\\d+) ") >= 2 * placed, "two commands per caller:\n"
                    + run.out());
            assertTrue(number(run.out(), "\\n  agent-feature +(\\d+) ") > 0, "agents keyed ready after unanswered"
                    + " rings:\n" + run.out());
        }
    }

    @Test
    void shouldFailWithExitOneWhenNoServerLogsIn() throws Exception {
        Path config = writeConfig(freePort());

        Run run = load("--config", config.toString(), "--journal", directory.toString(), "--agi-port", "1",
                "--connect-timeout", "1s");

        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("acd load: the server did not log in to AMI on 127.0.0.1:"), run.err());
    }

    @Test
    void shouldRefuseAnUnknownDistributionAsBadUsage() throws Exception {
        Path config = writeConfig(freePort());

        Run run = load("--config", config.toString(), "--journal", directory.toString(), "--patience", "gamma:3s");

        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("'gamma:3s': 'gamma' is not a distribution"), run.err());
    }

    private record Run(int exitCode, String out, String err) {
    }

    private static Run load(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine command = AcdMain.commandLine();
        command.setOut(new PrintWriter(out, true));
        command.setErr(new PrintWriter(err, true));
        String[] withCommand = new String[args.length + 1];
        withCommand[0] = "load";
        System.arraycopy(args, 0, withCommand, 1, args.length);
        int exitCode = command.execute(withCommand);
        return new Run(exitCode, out.toString(), err.toString());
    }

    private Path writeConfig(int amiPort) throws IOException {
        Files.writeString(directory.resolve("ami-secret"), "load-test-secret");
        StringBuilder yaml = new StringBuilder("""
                server:
                  agi: {bind: 127.0.0.1, port: 0}
                asterisk:
                  ami: {host: 127.0.0.1, port: %d, username: acd, secret_file: ami-secret}
                skills: [support]
                tiers:
                  - {id: standard, priority: 0}
                queues:
                  - {id: support, skills: [{skill: support, min_proficiency: 1}], ring_timeout: 2s, wrap_up: 0s}
                inbound: {prompt: beep, digit_timeout: 3s, digits: {"1": support}, default_queue: support}
                agents:
                """.formatted(amiPort));
        for (int n = 1; n <= AGENTS; n++) {
            yaml.append("  - {id: a").append(n).append(", endpoint: PJSIP/a").append(n)
                    .append(", skills: {support: 5}}\n");
        }
        return Files.writeString(directory.resolve("load.yaml"), yaml);
    }

    private static long number(String text, String regex) {
        Matcher matcher = Pattern.compile(regex).matcher(text);
        assertTrue(matcher.find(), "no match for " + regex + " in:\n" + text);
        return Long.parseLong(matcher.group(1));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
