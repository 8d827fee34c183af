package org.acd.server.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.acd.core.api.QueueRequest;
import org.acd.core.model.QueueConfig;
import org.acd.core.model.RoutingConfig;
import org.acd.core.testing.Configs;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The call actions of the admin API against a running engine: move, priority, send-out and their refusals. */
final class CallActionsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final RoutingConfig TWO_QUEUES = Configs.config(List.of(
            QueueConfig.builder("support").skill("support", 1).build(),
            QueueConfig.builder("billing").skill("billing", 1).build()),
            List.of(Configs.agent("alice", Map.of("support", 5))));

    @TempDir
    Path temp;

    private RunningAdmin admin;

    @BeforeEach
    void start() throws InterruptedException {
        admin = new RunningAdmin(temp, TWO_QUEUES);
        admin.runtime.events().callQueued(System.currentTimeMillis(), 7, "support", "gold", "5550001",
                QueueRequest.NONE);
    }

    @AfterEach
    void stop() {
        admin.close();
    }

    @Test
    void shouldMoveAWaitingCallToAnotherQueueAndAnswerWithTheCallAfterIt() throws Exception {
        HttpResponse<String> response = admin.post("/api/calls/7/move", "{\"queue\": \"billing\"}");

        assertEquals(200, response.statusCode(), response::body);
        assertEquals("billing", json(response).get("queue").asText());
        assertEquals(7, json(response).get("id").asLong());
        assertEquals("billing", call(7).get("queue").asText());
    }

    @Test
    void shouldSetTheCallsPriority() throws Exception {
        HttpResponse<String> response = admin.post("/api/calls/7/priority", "{\"priority\": 90}");

        assertEquals(200, response.statusCode(), response::body);
        assertEquals(90, json(response).get("priority").asInt());
        assertEquals(90, call(7).get("priority").asInt());
    }

    @Test
    void shouldSendTheCallToVoicemailAndAnswerWhereItWent() throws Exception {
        HttpResponse<String> response = admin.post("/api/calls/7/send-out",
                "{\"action\": \"voicemail\", \"target\": \"2000\"}");

        assertEquals(200, response.statusCode(), response::body);
        JsonNode sentOut = json(response);
        assertEquals("voicemail", sentOut.get("sentOut").asText());
        assertEquals("2000", sentOut.get("target").asText());
        assertEquals("support", sentOut.get("queue").asText());
        assertEquals(0, json(admin.get("/api/calls")).get("calls").size());
    }

    @Test
    void shouldAnswer404NamingAnUnknownCall() throws Exception {
        HttpResponse<String> response = admin.post("/api/calls/8/priority", "{\"priority\": 1}");

        assertEquals(404, response.statusCode());
        assertTrue(error(response).contains("no live call 8"), response::body);
    }

    @Test
    void shouldAnswer422NamingAnUnknownQueueAndLeaveTheCallWhereItWas() throws Exception {
        HttpResponse<String> response = admin.post("/api/calls/7/move", "{\"queue\": \"sales\"}");

        assertEquals(422, response.statusCode());
        assertTrue(error(response).contains("no queue 'sales' is configured; the queues are support, billing"),
                response::body);
        assertEquals("support", call(7).get("queue").asText());
    }

    @Test
    void shouldAnswer409ToAMoveIntoTheQueueTheCallIsIn() throws Exception {
        HttpResponse<String> response = admin.post("/api/calls/7/move", "{\"queue\": \"support\"}");

        assertEquals(409, response.statusCode());
        assertTrue(error(response).contains("call 7 is in queue support already"), response::body);
    }

    @Test
    void shouldAnswer409ToAnActionOnACallAnAgentHas() throws Exception {
        long now = System.currentTimeMillis();
        admin.runtime.events().agentLoggedIn(now, "alice");
        admin.runtime.events().agentReady(now, "alice");
        admin.runtime.events().agentAnswered(now, "alice", 7);

        HttpResponse<String> response = admin.post("/api/calls/7/priority", "{\"priority\": 5}");

        assertEquals(409, response.statusCode(), response::body);
        assertTrue(error(response).contains("call 7 is CONNECTED"), response::body);
    }

    @Test
    void shouldAnswer400ToGarbageJsonOrAMissingField() throws Exception {
        HttpResponse<String> garbage = admin.post("/api/calls/7/move", "{queue: ");
        HttpResponse<String> noPriority = admin.post("/api/calls/7/priority", "{\"priority\": \"high\"}");
        HttpResponse<String> noTarget = admin.post("/api/calls/7/send-out", "{\"action\": \"transfer\"}");
        HttpResponse<String> queueExit = admin.post("/api/calls/7/send-out", "{\"action\": \"queue\"}");

        assertEquals(400, garbage.statusCode());
        assertTrue(error(garbage).contains("not valid JSON"), garbage::body);
        assertEquals(400, noPriority.statusCode());
        assertTrue(error(noPriority).contains("whole number"), noPriority::body);
        assertEquals(400, noTarget.statusCode());
        assertTrue(error(noTarget).contains("needs a \"target\""), noTarget::body);
        assertTrue(error(queueExit).contains("voicemail, transfer, callback, hangup; to move the call"),
                queueExit::body);
        assertEquals("support", call(7).get("queue").asText());
    }

    @Test
    void shouldAnswer400ToACallIdThatIsNotANumber() throws Exception {
        HttpResponse<String> response = admin.post("/api/calls/seven/move", "{\"queue\": \"billing\"}");

        assertEquals(400, response.statusCode());
        assertTrue(error(response).contains("'seven' in the path is not a call id"), response::body);
    }

    @Test
    void shouldRefuseACallActionWithoutTheToken() throws Exception {
        HttpResponse<String> response = admin.client.send(HttpRequest.newBuilder(
                URI.create(admin.server.url() + "/api/calls/7/move"))
                .POST(HttpRequest.BodyPublishers.ofString("{\"queue\": \"billing\"}")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertEquals(401, response.statusCode());
        assertEquals("support", call(7).get("queue").asText());
    }

    @Test
    void shouldAnswer405ToAGet() throws Exception {
        HttpResponse<String> response = admin.get("/api/calls/7/move");

        assertEquals(405, response.statusCode());
        assertEquals("POST", response.headers().firstValue("Allow").orElseThrow());
    }

    private JsonNode call(long id) throws IOException, InterruptedException {
        for (JsonNode call : json(admin.get("/api/calls")).get("calls")) {
            if (call.get("id").asLong() == id) {
                return call;
            }
        }
        throw new AssertionError("no call " + id);
    }

    private static String error(HttpResponse<String> response) throws IOException {
        return json(response).get("error").asText();
    }

    private static JsonNode json(HttpResponse<String> response) throws IOException {
        return JSON.readTree(response.body());
    }
}
