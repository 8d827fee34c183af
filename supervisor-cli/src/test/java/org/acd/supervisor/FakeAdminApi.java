package org.acd.supervisor;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The admin API's JSON, canned, on 127.0.0.1 and a free port: answers 401 unless the bearer token is
 * {@link #TOKEN}, and records what it was sent. Close it at the end of the test.
 */
final class FakeAdminApi implements AutoCloseable {

    static final String TOKEN = "fake-token-0123456789";

    /** Canned answers by "METHOD path"; anything else is a JSON 404. */
    private static final Map<String, String> ANSWERS = Map.of(
            "GET /api/queues", """
                {"atMs": 100000, "queues": [
                  {"id": "orders", "waitingCalls": 3, "longestWaitMs": 75000, "agentsLoggedIn": 4, "agentsReady": 0},
                  {"id": "billing", "waitingCalls": 0, "longestWaitMs": 0, "agentsLoggedIn": 2, "agentsReady": 2}]}""",
            "GET /api/agents", """
                {"atMs": 100000, "agents": [
                  {"id": "alice", "name": "Alice", "state": "ON_CALL", "reason": null, "inStateMs": 35000, "callId": 17},
                  {"id": "bob", "name": "Bob", "state": "NOT_READY", "reason": "RONA", "inStateMs": 4000, "callId": null}]}""",
            "GET /api/wallboard", """
                {"atMs": 100000, "serviceLevelThresholdMs": 20000,
                 "thresholds": {"longestWaitWarnMs": 30000, "longestWaitAlarmMs": 60000, "serviceLevelWarnBand": 0.1,
                                "abandonRateWarn": 0.05, "abandonRateAlarm": 0.1},
                 "queues": [
                  {"id": "orders", "waiting": 3, "waitingLevel": "WARN", "longestWaitMs": 75000,
                   "longestWaitLevel": "ALARM", "agentsReady": 0, "agentsLoggedIn": 4, "offeredToday": 40,
                   "answeredToday": 31, "abandonedToday": 6, "serviceLevelToday": 0.7419, "serviceLevelLevel": "WARN",
                   "serviceLevelTarget": 0.8, "abandonRateToday": 0.15, "abandonRateLevel": "ALARM"},
                  {"id": "billing", "waiting": 0, "waitingLevel": "OK", "longestWaitMs": 0, "longestWaitLevel": "OK",
                   "agentsReady": 2, "agentsLoggedIn": 2, "offeredToday": 0, "answeredToday": 0, "abandonedToday": 0,
                   "serviceLevelToday": null, "serviceLevelLevel": "OK", "serviceLevelTarget": 0.8,
                   "abandonRateToday": null, "abandonRateLevel": "OK"}],
                 "agentsByState": {"READY": 0, "RESERVED": 0, "ON_CALL": 1, "WRAP_UP": 0, "NOT_READY": 1,
                                   "LOGGED_OUT": 0},
                 "agents": []}""",
            "GET /api/calls", """
                {"atMs": 100000, "calls": [{"id": 17, "queue": "orders", "tier": "gold", "callerNumber": "5550001",
                  "state": "CONNECTED", "waitMs": 12000, "priority": 50, "agent": "alice"}]}""",
            "GET /api/status", """
                {"version": "0.1.0", "startedAtMs": 0, "uptimeMs": 3723000,
                 "engine": {"eventsApplied": 1234, "eventsReplayed": 0, "rejectedEvents": 0, "poisonEvents": 0,
                            "ringSize": 65536, "ringBacklog": 2},
                 "totals": {"callsWaiting": 3, "callsLive": 4, "longestWaitMs": 75000,
                            "agentsByState": {"READY": 2, "RESERVED": 0, "ON_CALL": 1, "WRAP_UP": 0,
                                              "NOT_READY": 1, "LOGGED_OUT": 0}}}""",
            "POST /api/agents/bob/not-ready", """
                {"id": "bob", "name": "Bob", "state": "NOT_READY", "reason": "coaching", "inStateMs": 0}""");

    private final HttpServer server;
    final List<String> requestBodies = new CopyOnWriteArrayList<>();

    FakeAdminApi() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::answer);
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private void answer(HttpExchange exchange) throws IOException {
        requestBodies.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        if (!("Bearer " + TOKEN).equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
            send(exchange, 401, "{\"error\": \"the bearer token was refused\", \"status\": 401}");
            return;
        }
        String answer = ANSWERS.get(exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath());
        if (answer == null) {
            send(exchange, 404, "{\"error\": \"no agent 'mallory' is configured\", \"status\": 404}");
        } else {
            send(exchange, 200, answer);
        }
    }

    private static void send(HttpExchange exchange, int status, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
