package org.acd.supervisor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.acd.config.ConfigLoader;
import org.acd.config.InvalidConfigFileException;
import org.acd.core.runtime.RuntimeOptions;
import org.acd.server.AcdMain;
import org.acd.server.admin.AdminServer;
import org.acd.server.admin.AdminSettings;
import org.acd.server.admin.AdminSetup;
import org.acd.server.admin.AdminToken;
import org.acd.server.telephony.AcdServer;
import org.acd.server.telephony.LabConfig;
import org.acd.simulator.emulator.AmiCredentials;
import org.acd.simulator.emulator.AsteriskEmulator;
import org.acd.simulator.emulator.PhoneBehaviour;
import org.acd.telephony.ami.SecretSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The AMI secret and the admin token never show: the server is run against the AMI emulator through
 * a refused login (an old secret), a good one, the admin API with the right and a wrong token, bad
 * requests, status, metrics, acdctl (help, errors, JSON), configuration errors about the secret and a
 * report, and stopped; everything printed (the log included), every answer and every message is then
 * searched for each secret's value. Fresh random values, so no match can be a coincidence.
 */
final class SecretsStayOutOfOutputTest {

    private static final String AMI_SECRET = "ami-secret-" + UUID.randomUUID();
    private static final String OLD_AMI_SECRET = "old-ami-secret-" + UUID.randomUUID();
    private static final String WRONG_TOKEN = "wrong-token-" + UUID.randomUUID();
    private static final LabConfig LAB = new LabConfig(Duration.ofSeconds(1), Duration.ZERO, List.of("5550100"));
    private static final Map<String, PhoneBehaviour> PHONES = IntStream.rangeClosed(1, LabConfig.AGENTS).boxed()
            .collect(Collectors.toMap(n -> "PJSIP/agent" + n, n -> PhoneBehaviour.answering(50, 100)));
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    @TempDir
    Path directory;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    private final StringBuilder seen = new StringBuilder();

    @Test
    @Timeout(120)
    void shouldNeverPrintAnswerOrReportTheAmiSecretOrTheAdminToken() throws Exception {
        Path secretFile = Files.writeString(directory.resolve("ami-secret"), AMI_SECRET);
        Path oldSecretFile = Files.writeString(directory.resolve("old-ami-secret"), OLD_AMI_SECRET);
        Path tokenFile = directory.resolve("admin-token");
        Path journal = directory.resolve("journal");
        String printed;
        try (CapturedConsole console = new CapturedConsole()) {
            try (AsteriskEmulator emulator = AsteriskEmulator.start(0, new AmiCredentials("acd", AMI_SECRET), PHONES)) {
                try (AcdServer refused = AcdServer.start(LAB.routing(), LAB.telephony(0, emulator.amiPort(),
                        oldSecretFile), RuntimeOptions.defaults(directory.resolve("refused-journal")))) {
                    await("the refused AMI login logged", () -> console.text().contains("refused for user 'acd'"));
                }
                try (AcdServer server = AcdServer.start(LAB.routing(), LAB.telephony(0, emulator.amiPort(), secretFile),
                        RuntimeOptions.defaults(journal));
                     AdminServer admin = AdminServer.start(new AdminSetup(AdminSettings.loopback(0, tokenFile),
                             AdminToken.loadOrCreate(tokenFile)), server.runtime(), LAB.routing(), journal,
                             System::currentTimeMillis)) {
                    await("AMI logged in", server.adapter()::amiConnected);
                    exerciseTheAdminApi(admin.url(), Files.readString(tokenFile).strip());
                    exerciseAcdctl(admin.url(), tokenFile);
                }
            }
            exerciseConfigurationErrors();
            seen.append(run(AcdMain.commandLine(), "report", "--journal", journal.toString()));
            printed = console.text();
        }

        assertTrue(printed.contains("AMI login to 127.0.0.1:") && printed.contains("check the secret in file "
                + oldSecretFile), "the refused login is logged with the secret's source:\n" + printed);
        String token = Files.readString(tokenFile).strip();
        String everything = printed + seen;
        for (String secret : List.of(AMI_SECRET, OLD_AMI_SECRET, token, WRONG_TOKEN)) {
            everything.lines().filter(line -> line.contains(secret)).findFirst()
                    .ifPresent(line -> fail("a secret shows in: " + line));
        }
    }

    private void exerciseTheAdminApi(String url, String token) throws IOException, InterruptedException {
        assertEquals(200, send(url, "/api/status", token, null));
        assertEquals(200, send(url, "/metrics", token, null));
        assertEquals(401, send(url, "/api/queues", WRONG_TOKEN, null));
        assertEquals(401, send(url, "/api/agents/agent1/not-ready", WRONG_TOKEN, "{\"reason\": "));
        assertEquals(400, send(url, "/api/agents/agent1/not-ready", token, "{\"reason\": "));
        assertEquals(404, send(url, "/api/agents/nobody/ready", token, "{}"));
    }

    private int send(String url, String path, String token, String body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url + path)).timeout(TIMEOUT)
                .header("Authorization", "Bearer " + token);
        if (body != null) {
            request.POST(HttpRequest.BodyPublishers.ofString(body)).header("Content-Type", "application/json");
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        seen.append(response.headers().map()).append(response.body()).append('\n');
        return response.statusCode();
    }

    private void exerciseAcdctl(String url, Path tokenFile) throws IOException {
        Path wrongTokenFile = Files.writeString(directory.resolve("wrong-token"), WRONG_TOKEN);
        String connection = "--url=" + url;
        seen.append(run(AcdCtl.commandLine(), "--help"));
        seen.append(run(AcdCtl.commandLine(), "status", "--help"));
        seen.append(run(AcdCtl.commandLine(), "status", connection, "--token-file", tokenFile.toString()));
        seen.append(run(AcdCtl.commandLine(), "status", "--json", connection, "--token-file", tokenFile.toString()));
        seen.append(run(AcdCtl.commandLine(), "agents", connection, "--token-file", wrongTokenFile.toString()));
        seen.append(run(AcdCtl.commandLine(), "agent", "pause", "nobody", "--reason", "x", connection,
                "--token-file", tokenFile.toString()));
        seen.append(run(AcdCtl.commandLine(), "status", "--url", "http://127.0.0.1:1", "--token-file",
                tokenFile.toString()));
    }

    private void exerciseConfigurationErrors() throws IOException {
        Path examples = Path.of("../config/examples");
        Files.copy(examples.resolve("customers.csv"), directory.resolve("customers.csv"));
        String retail = Files.readString(examples.resolve("retail.yaml"));
        for (String mistake : List.of("secret: " + AMI_SECRET, "secret_env: " + AMI_SECRET)) {
            Path file = Files.writeString(directory.resolve("broken.yaml"),
                    retail.replace("secret_env: ACD_AMI_SECRET", mistake));
            InvalidConfigFileException error = assertThrows(InvalidConfigFileException.class,
                    () -> ConfigLoader.load(file));
            seen.append(error.getMessage()).append('\n');
            seen.append(run(AcdMain.commandLine(), "config", "check", file.toString()));
            seen.append(run(AcdMain.commandLine(), "serve", "--config", file.toString(), "--journal",
                    directory.resolve("unused").toString()));
        }
        seen.append(assertThrows(IllegalStateException.class,
                () -> new SecretSource.Environment("ACD_TEST_UNSET", Map.of()).read()).getMessage());
        seen.append(assertThrows(IllegalStateException.class,
                () -> SecretSource.file(directory.resolve("no-such-secret")).read()).getMessage());
        seen.append(Optional.of(SecretSource.file(directory.resolve("ami-secret"))).toString());
    }

    private static String run(CommandLine commandLine, String... args) {
        StringWriter output = new StringWriter();
        commandLine.setOut(new PrintWriter(output, true));
        commandLine.setErr(new PrintWriter(output, true));
        int status = commandLine.execute(args);
        return "exit " + status + ": " + output + "\n";
    }

    private static void await(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                fail("not within " + TIMEOUT.toSeconds() + " s: " + what);
            }
            Thread.sleep(20);
        }
    }
}
