package org.acd.server.admin;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.acd.core.model.RoutingConfig;
import org.acd.core.runtime.AcdRuntime;
import org.acd.core.runtime.RuntimeOptions;
import org.acd.core.testing.Configs;
import org.acd.core.testing.RecordedCommands;

/**
 * A routing runtime on a temporary journal with the admin server on 127.0.0.1, port 0, and an HTTP
 * client that sends the token: the real thing, for loopback tests. Close it at the end of the test.
 */
final class RunningAdmin implements AutoCloseable {

    static final RoutingConfig CONFIG = Configs.supportQueue("alice", "bob");
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    final AcdRuntime runtime;
    final AdminServer server;
    final Path tokenFile;
    final Path journal;
    final HttpClient client = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

    RunningAdmin(Path directory) throws InterruptedException {
        this(directory, CONFIG);
    }

    /** The same, routing with {@code config}. */
    RunningAdmin(Path directory, RoutingConfig config) throws InterruptedException {
        journal = directory.resolve("journal");
        tokenFile = directory.resolve("admin-token");
        runtime = AcdRuntime.start(config, RuntimeOptions.defaults(journal), new RecordedCommands());
        try {
            AdminSettings settings = AdminSettings.loopback(0, tokenFile);
            server = AdminServer.start(new AdminSetup(settings, AdminToken.loadOrCreate(tokenFile)), runtime, config,
                    journal, System::currentTimeMillis);
        } catch (InterruptedException | RuntimeException e) {
            runtime.close();
            throw e;
        }
    }

    /** The wallboard's handler with the defaults, for pipelines built without a server. */
    static WallboardHandler wallboard(AdminToken token, SnapshotSampler sampler) {
        return new WallboardHandler(new WallboardAccess(token), new WallboardAssets(), sampler, board());
    }

    /** The wallboard's board with the defaults and nothing counted today, for pipelines built without a server. */
    static WallboardSource board() {
        WallboardSettings settings = WallboardSettings.defaults();
        return new WallboardSource(new TodayKpis(settings.kpi(), settings.zone()), settings, CONFIG);
    }

    String token() {
        try {
            return Files.readString(tokenFile).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(server.url() + path)).timeout(TIMEOUT)
                .header("Authorization", "Bearer " + token());
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return client.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(String path, String body) throws IOException, InterruptedException {
        return client.send(request(path).POST(HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json").build(), HttpResponse.BodyHandlers.ofString());
    }

    @Override
    public void close() {
        server.close();
        runtime.close();
    }
}
