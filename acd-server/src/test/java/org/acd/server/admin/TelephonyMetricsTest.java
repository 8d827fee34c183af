package org.acd.server.admin;

import static org.acd.server.admin.ScrapedMetrics.awaitValue;
import static org.acd.server.admin.ScrapedMetrics.value;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.acd.core.runtime.RuntimeOptions;
import org.acd.server.telephony.AcdServer;
import org.acd.server.telephony.LabConfig;
import org.acd.simulator.emulator.AmiCredentials;
import org.acd.simulator.emulator.AsteriskEmulator;
import org.acd.simulator.emulator.CallerArrivals;
import org.acd.simulator.emulator.PhoneBehaviour;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The telephony series of {@code /metrics}, for a server on the wire-level Asterisk emulator: AMI
 * logged in, and FastAGI sessions counted as the emulated callers and agent legs open them.
 */
final class TelephonyMetricsTest {

    private static final String SECRET = "emulated-secret";
    private static final LabConfig CONFIG = new LabConfig(Duration.ofSeconds(1), Duration.ZERO, List.of("5550100"));
    private static final int CALLERS = 3;

    @TempDir
    Path directory;

    @Test
    void shouldShowAmiConnectedAndCountAgiSessions() throws Exception {
        Path secretFile = Files.writeString(directory.resolve("ami-secret"), SECRET);
        Path journal = directory.resolve("journal");
        Path tokenFile = directory.resolve("admin-token");
        try (AsteriskEmulator emulator = AsteriskEmulator.start(0, new AmiCredentials("acd", SECRET),
                Map.of("PJSIP/agent1", PhoneBehaviour.answering(50, 100)));
             AcdServer server = AcdServer.start(CONFIG.routing(), CONFIG.telephony(0, emulator.amiPort(), secretFile),
                     RuntimeOptions.defaults(journal));
             AdminServer admin = AdminServer.start(new AdminSetup(AdminSettings.loopback(0, tokenFile),
                     AdminToken.loadOrCreate(tokenFile)), server.runtime(), CONFIG.routing(), journal,
                     System::currentTimeMillis)) {
            admin.bindTelephony(server.adapter());
            emulator.routeAgiTo(server.adapter().agiPort());
            String token = Files.readString(tokenFile).strip();
            HttpClient http = HttpClient.newHttpClient();
            HttpRequest metrics = HttpRequest.newBuilder(URI.create(admin.url() + "/metrics"))
                    .header("Authorization", "Bearer " + token).timeout(Duration.ofSeconds(10)).GET().build();

            awaitValue(() -> http.send(metrics, HttpResponse.BodyHandlers.ofString()).body(), "acd_ami_connected",
                    connected -> connected == 1);
            long nowMs = System.currentTimeMillis();
            server.runtime().events().agentLoggedIn(nowMs, "agent1");
            server.runtime().events().agentReady(nowMs, "agent1");
            emulator.place(CallerArrivals.poisson(3, 10, CALLERS, "1", 2_000));
            emulator.ledger().settled().get(60, TimeUnit.SECONDS);

            String scrape = awaitValue(() -> http.send(metrics, HttpResponse.BodyHandlers.ofString()).body(),
                    "acd_agi_sessions_active", active -> active == 0);
            double opened = value(scrape, "acd_agi_sessions_total").orElseThrow();
            assertTrue(opened >= CALLERS, "every caller's inbound session was counted: " + opened);
            assertEquals(1, value(scrape, "acd_ami_connected").orElseThrow());
        }
    }
}
