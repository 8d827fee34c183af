package org.acd.server.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Iterator;
import java.util.stream.Stream;
import org.acd.core.api.QueueRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class AdminServerTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path temp;

    private RunningAdmin admin;

    @BeforeEach
    void start() throws InterruptedException {
        admin = new RunningAdmin(temp);
    }

    @AfterEach
    void stop() {
        admin.close();
    }

    @Test
    void shouldListenOnLoopbackOnly() {
        assertTrue(admin.server.address().getAddress().isLoopbackAddress(), admin.server.url());
    }

    @Test
    void shouldRefuseARequestWithoutTheToken() throws Exception {
        HttpResponse<String> response = admin.client.send(HttpRequest.newBuilder(
                URI.create(admin.server.url() + "/api/status")).GET().build(), HttpResponse.BodyHandlers.ofString());

        assertEquals(401, response.statusCode());
        assertEquals(401, json(response).get("status").asInt());
        assertTrue(json(response).get("error").asText().contains("Bearer"), response::body);
    }

    @Test
    void shouldRefuseAWrongTokenWithoutEchoingIt() throws Exception {
        HttpResponse<String> response = admin.client.send(HttpRequest.newBuilder(
                URI.create(admin.server.url() + "/api/status")).header("Authorization", "Bearer guessed-token")
                .GET().build(), HttpResponse.BodyHandlers.ofString());

        assertEquals(401, response.statusCode());
        assertFalse(response.body().contains("guessed-token"), response::body);
        assertFalse(response.body().contains(admin.token()), "the real token stays secret");
    }

    @Test
    void shouldAnswerStatusWithTheToken() throws Exception {
        HttpResponse<String> response = admin.get("/api/status");

        assertEquals(200, response.statusCode(), response::body);
        JsonNode status = json(response);
        assertFalse(status.get("version").asText().isEmpty());
        assertEquals(1, status.at("/totals/queues").asInt());
        assertEquals(2, status.at("/totals/agents").asInt());
        assertEquals(2, status.at("/totals/agentsByState/LOGGED_OUT").asInt());
        assertTrue(status.at("/engine/ringSize").asInt() > 0);
    }

    @Test
    void shouldShowAnAgentLoggedInAndMadeReadyThroughTheApi() throws Exception {
        assertEquals(200, admin.post("/api/agents/alice/login", "").statusCode());
        HttpResponse<String> ready = admin.post("/api/agents/alice/ready", "{}");

        assertEquals(200, ready.statusCode(), ready::body);
        assertEquals("READY", json(ready).get("state").asText());
        JsonNode alice = agent(json(admin.get("/api/agents")), "alice");
        assertEquals("READY", alice.get("state").asText());
        assertEquals("LOGGED_OUT", agent(json(admin.get("/api/agents")), "bob").get("state").asText());
    }

    @Test
    void shouldPutAnAgentNotReadyWithTheReasonGiven() throws Exception {
        admin.post("/api/agents/bob/login", "");

        HttpResponse<String> response = admin.post("/api/agents/bob/not-ready", "{\"reason\": \"coaching\"}");

        assertEquals(200, response.statusCode(), response::body);
        assertEquals("NOT_READY", json(response).get("state").asText());
        assertEquals("coaching", json(response).get("reason").asText());
    }

    @Test
    void shouldAnswer404NamingAnUnknownAgent() throws Exception {
        HttpResponse<String> response = admin.post("/api/agents/mallory/login", "");

        assertEquals(404, response.statusCode());
        assertTrue(json(response).get("error").asText().contains("'mallory'"), response::body);
    }

    @Test
    void shouldAnswer400ToGarbageJson() throws Exception {
        HttpResponse<String> response = admin.post("/api/agents/alice/not-ready", "{reason: ");

        assertEquals(400, response.statusCode());
        assertTrue(json(response).get("error").asText().contains("not valid JSON"), response::body);
    }

    @Test
    void shouldAnswer400WhenNotReadyHasNoReason() throws Exception {
        HttpResponse<String> response = admin.post("/api/agents/alice/not-ready", "{}");

        assertEquals(400, response.statusCode());
        assertTrue(json(response).get("error").asText().contains("reason"), response::body);
    }

    @Test
    void shouldAnswer413ToABodyOverTheLimit() throws Exception {
        URI url = URI.create(admin.server.url());
        try (Socket socket = new Socket(url.getHost(), url.getPort())) {
            socket.setSoTimeout(10_000);
            // Only the head is sent: the declared length alone is refused, so no body races the close.
            socket.getOutputStream().write(("POST /api/agents/alice/not-ready HTTP/1.1\r\nHost: " + url.getHost()
                    + "\r\nAuthorization: Bearer " + admin.token() + "\r\nContent-Type: application/json\r\n"
                    + "Content-Length: " + (AdminSettings.MAX_BODY_BYTES + 1) + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

            assertTrue(answer.startsWith("HTTP/1.1 413 "), answer);
            JsonNode body = new ObjectMapper().readTree(answer.substring(answer.indexOf("\r\n\r\n") + 4));
            assertEquals(413, body.get("status").asInt());
        }
    }

    @Test
    void shouldAnswer405WithAllowToTheWrongMethod() throws Exception {
        HttpResponse<String> response = admin.post("/api/queues", "");

        assertEquals(405, response.statusCode());
        assertEquals("GET", response.headers().firstValue("Allow").orElseThrow());
    }

    @Test
    void shouldListQueuesAndCalls() throws Exception {
        admin.runtime.events().callQueued(System.currentTimeMillis(), 7, "support", "gold", "5550001", QueueRequest.NONE);

        JsonNode queue = json(admin.get("/api/queues")).get("queues").get(0);
        JsonNode call = json(admin.get("/api/calls")).get("calls").get(0);

        assertEquals("support", queue.get("id").asText());
        assertEquals(1, queue.get("waitingCalls").asInt());
        assertEquals(7, call.get("id").asLong());
        assertEquals("gold", call.get("tier").asText());
    }

    @Test
    void shouldAnswerTheWallboardsBoardWithTodaysFiguresAndTheConfiguredThresholds() throws Exception {
        admin.runtime.events().callQueued(System.currentTimeMillis(), 7, "support", "gold", "5550001", QueueRequest.NONE);

        HttpResponse<String> response = admin.get("/api/wallboard");

        assertEquals(200, response.statusCode(), response::body);
        JsonNode board = json(response);
        assertEquals(1, board.at("/queues/0/waiting").asInt());
        assertEquals("WARN", board.at("/queues/0/waitingLevel").asText(), "a call waits and no agent is ready");
        assertTrue(board.at("/queues/0").has("abandonRateToday"), response::body);
        WallboardSettings defaults = WallboardSettings.defaults();
        assertEquals(defaults.yellowAfterMs(), board.at("/thresholds/longestWaitWarnMs").asLong());
        assertEquals(defaults.abandonRed(), board.at("/thresholds/abandonRateAlarm").asDouble());
        assertEquals(2, board.at("/agentsByState/LOGGED_OUT").asInt());
    }

    @Test
    void shouldKeepTheTokenFileOwnerOnly() throws IOException {
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(admin.tokenFile)));
    }

    @Test
    void shouldServePrometheusMetricsWithTheToken() throws Exception {
        HttpResponse<String> response = admin.get("/metrics");

        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElseThrow().startsWith("text/plain"));
        String metrics = response.body();
        assertTrue(metrics.contains("acd_calls_waiting{queue=\"support\"}"), metrics);
        assertTrue(metrics.contains("acd_agents{state=\"READY\"}"), metrics);
        assertTrue(metrics.contains("acd_pipeline_events_applied_total"), metrics);
        assertTrue(metrics.contains("acd_ring_size"), metrics);
    }

    @Test
    void shouldRefuseMetricsWithoutTheToken() throws Exception {
        HttpResponse<String> response = admin.client.send(HttpRequest.newBuilder(
                URI.create(admin.server.url() + "/metrics")).GET().build(), HttpResponse.BodyHandlers.ofString());

        assertEquals(401, response.statusCode());
    }

    @Test
    void shouldStreamSnapshotsAsServerSentEvents() throws Exception {
        HttpResponse<Stream<String>> response = admin.client.send(admin.request("/api/stream").GET().build(),
                HttpResponse.BodyHandlers.ofLines());

        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElseThrow().startsWith("text/event-stream"));
        try (Stream<String> lines = response.body()) {
            Iterator<String> it = lines.iterator();
            assertEquals("event: snapshot", it.next());
            String data = it.next();
            assertTrue(data.startsWith("data: "), data);
            JsonNode snapshot = JSON.readTree(data.substring("data: ".length()));
            assertEquals("support", snapshot.get("queues").get(0).get("id").asText());
            assertEquals(2, snapshot.get("agents").size());
        }
    }

    private static JsonNode json(HttpResponse<String> response) throws IOException {
        return JSON.readTree(response.body());
    }

    private static JsonNode agent(JsonNode agents, String id) {
        for (JsonNode agent : agents.get("agents")) {
            if (agent.get("id").asText().equals(id)) {
                return agent;
            }
        }
        throw new AssertionError("no agent " + id + " in " + agents);
    }
}
