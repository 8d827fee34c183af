package org.acd.server.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.acd.config.ConfigLoader;
import org.acd.config.model.AcdConfig;
import org.acd.core.runtime.AcdRuntime;
import org.acd.core.runtime.RuntimeOptions;
import org.acd.core.testing.RecordedCommands;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code POST /api/config/reload} on a server started from a configuration file, over loopback HTTP. */
final class ConfigReloadEndpointTest {

    private static final String CONFIG = """
            skills: [support, sales]
            tiers:
              - {id: standard, priority: 0}
            queues:
              - {id: support, skills: [{skill: support, min_proficiency: 1}]}
            agents:
              - {id: alice, name: Alice, endpoint: PJSIP/alice, skills: {support: 5}}
              - {id: bob, name: Bob, endpoint: PJSIP/bob, skills: {support: 5}}
            """;
    private static final String WITH_SALES_AND_CAROL = """
            skills: [support, sales]
            tiers:
              - {id: standard, priority: 0}
            queues:
              - {id: support, skills: [{skill: support, min_proficiency: 1}], ring_timeout: 20s}
              - {id: sales, skills: [{skill: sales, min_proficiency: 1}]}
            agents:
              - {id: alice, name: Alice, endpoint: PJSIP/alice, skills: {support: 5}}
              - {id: bob, name: Bob, endpoint: PJSIP/bob, skills: {support: 5}}
              - {id: carol, name: Carol, endpoint: PJSIP/carol, skills: {sales: 7}}
            """;
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    @TempDir
    private Path directory;
    private Path file;
    private AcdRuntime runtime;
    private AdminServer server;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

    private void start(boolean fromFile) throws Exception {
        file = Files.writeString(directory.resolve("acd.yaml"), CONFIG);
        AcdConfig config = ConfigLoader.load(file);
        Path journal = directory.resolve("journal");
        Path tokenFile = directory.resolve("admin-token");
        runtime = AcdRuntime.start(config.routing(), RuntimeOptions.defaults(journal), new RecordedCommands());
        AdminSetup setup = new AdminSetup(AdminSettings.loopback(0, tokenFile), AdminToken.loadOrCreate(tokenFile));
        server = AdminServer.start(fromFile ? setup.withStartedFrom(new StartedFrom(file, config)) : setup, runtime,
                config.routing(), journal, System::currentTimeMillis);
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
        if (runtime != null) {
            runtime.close();
        }
    }

    private HttpResponse<String> post(String path) throws Exception {
        String token = Files.readString(directory.resolve("admin-token")).strip();
        return client.send(HttpRequest.newBuilder(URI.create(server.url() + path)).timeout(TIMEOUT)
                .header("Authorization", "Bearer " + token).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode json(HttpResponse<String> response) throws Exception {
        return JsonResponses.MAPPER.readTree(response.body());
    }

    @Test
    void shouldApplyTheEditedFileAndAnswerWhatChanged() throws Exception {
        start(true);
        Files.writeString(file, WITH_SALES_AND_CAROL);

        HttpResponse<String> response = post(ConfigReloadEndpoint.PATH);

        assertEquals(200, response.statusCode(), response.body());
        JsonNode changes = json(response).get("changes");
        assertEquals("[\"sales\"]", changes.get("queues").get("added").toString());
        assertEquals("[\"support\"]", changes.get("queues").get("changed").toString());
        assertEquals("[\"carol\"]", changes.get("agents").get("added").toString());
        assertEquals("[]", changes.get("agents").get("removed").toString());
        assertEquals("2 queues, 3 agents, 0 flows", json(response).get("summary").asText());
        HttpResponse<String> login = post("/api/agents/carol/login");
        assertEquals(200, login.statusCode(), "the admin API knows the new agent: " + login.body());
        assertEquals("Carol", json(login).get("name").asText());
    }

    @Test
    void shouldAnswer422WithEveryProblemAndChangeNothing() throws Exception {
        start(true);
        Files.writeString(file, CONFIG.replace("min_proficiency: 1}]}", "min_proficiency: 1}]}\n  - {id: support}")
                .replace("support: 5}}\n  - {id: bob", "suport: 5}}\n  - {id: bob"));

        HttpResponse<String> response = post(ConfigReloadEndpoint.PATH);

        assertEquals(422, response.statusCode(), response.body());
        JsonNode problems = json(response).get("problems");
        assertTrue(problems.size() >= 2, response.body());
        assertTrue(problems.toString().contains("line"), "problems name their line: " + problems);
        assertTrue(json(response).get("error").asText().endsWith("nothing was reloaded"), response.body());
        assertEquals(404, post("/api/agents/carol/login").statusCode());
        assertEquals(0, runtime.snapshot().get().reloads().applied() + runtime.snapshot().get().reloads().rejected());
    }

    @Test
    void shouldAnswer409WithTheEnginesReasonWhenTheReloadWouldStrandALoggedInAgent() throws Exception {
        start(true);
        assertEquals(200, post("/api/agents/alice/login").statusCode());
        Files.writeString(file, CONFIG.replace(
                "  - {id: alice, name: Alice, endpoint: PJSIP/alice, skills: {support: 5}}\n", ""));

        HttpResponse<String> response = post(ConfigReloadEndpoint.PATH);

        assertEquals(409, response.statusCode(), response.body());
        assertTrue(json(response).get("error").asText().contains("agent 'alice' is removed but is logged in"),
                response.body());
        assertEquals(200, post("/api/agents/alice/logout").statusCode(), "alice is still configured");
        assertEquals(200, post(ConfigReloadEndpoint.PATH).statusCode(), "once logged out she may go");
        assertEquals(404, post("/api/agents/alice/login").statusCode());
    }

    @Test
    void shouldAnswer409WhenTheServerWasNotStartedFromAFile() throws Exception {
        start(false);

        HttpResponse<String> response = post(ConfigReloadEndpoint.PATH);

        assertEquals(409, response.statusCode(), response.body());
        assertTrue(json(response).get("error").asText().contains("not started from a configuration file"));
    }
}
