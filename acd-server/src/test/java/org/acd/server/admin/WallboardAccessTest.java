package org.acd.server.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.acd.core.api.QueueRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The web wallboard's access rules, over HTTP against a running admin server. */
final class WallboardAccessTest {

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
    void shouldRefuseThePageWithoutTokenOrCookie() throws Exception {
        HttpResponse<String> response = send(plain("/wallboard"));

        assertEquals(401, response.statusCode());
        assertTrue(response.body().contains("/wallboard?token="), response.body());
    }

    @Test
    void shouldRefuseAWrongTokenWithoutACookie() throws Exception {
        HttpResponse<String> response = send(plain("/wallboard?token=guessed-token"));

        assertEquals(401, response.statusCode());
        assertTrue(response.headers().firstValue("Set-Cookie").isEmpty());
        assertFalse(response.body().contains("guessed-token"), response.body());
    }

    @Test
    void shouldExchangeTheTokenForAScopedHttpOnlyCookieAndDropItFromTheAddress() throws Exception {
        HttpResponse<String> response = send(plain("/wallboard?token=" + admin.token()));

        assertEquals(303, response.statusCode());
        assertEquals("/wallboard", response.headers().firstValue("Location").orElseThrow());
        String cookie = response.headers().firstValue("Set-Cookie").orElseThrow();
        assertTrue(cookie.startsWith(WallboardAccess.COOKIE + "="), cookie);
        for (String attribute : List.of("Path=/wallboard", "HTTPOnly", "SameSite=Strict")) {
            assertTrue(cookie.contains(attribute), attribute + " in " + cookie);
        }
        assertFalse(cookie.contains(admin.token()), "the cookie is not the token");
    }

    @Test
    void shouldServeThePageItsFilesAndItsStreamWithTheCookie() throws Exception {
        String cookie = signIn();

        HttpResponse<String> page = send(plain("/wallboard").header("Cookie", cookie));
        assertEquals(200, page.statusCode());
        assertTrue(page.headers().firstValue("Content-Type").orElseThrow().startsWith("text/html"));
        assertTrue(page.headers().firstValue("Content-Security-Policy").orElseThrow().contains("script-src 'self'"));
        assertTrue(page.body().contains("<script src=\"/wallboard/wallboard.js\""), page.body());
        assertEquals(200, send(plain("/wallboard/wallboard.js").header("Cookie", cookie)).statusCode());
        assertEquals(200, send(plain("/wallboard/wallboard.css").header("Cookie", cookie)).statusCode());
        JsonNode board = firstEvent(plain("/wallboard/stream").header("Cookie", cookie));
        assertEquals("support", board.at("/queues/0/id").asText());
        assertEquals(2, board.get("agents").size());
    }

    @Test
    void shouldAcceptTheBearerTokenOnTheWallboardToo() throws Exception {
        assertEquals(200, admin.get("/wallboard").statusCode());
        assertEquals("support", firstEvent(admin.request("/wallboard/stream").GET()).at("/queues/0/id").asText());
    }

    @Test
    void shouldNotOpenTheRestOfTheApiWithTheCookie() throws Exception {
        String cookie = signIn();

        for (String path : List.of("/api/status", "/api/calls", "/api/stream", "/metrics")) {
            assertEquals(401, send(plain(path).header("Cookie", cookie)).statusCode(), path);
        }
    }

    @Test
    void shouldNotTakeTheTokenFromTheAddressAnywhereElse() throws Exception {
        assertEquals(401, send(plain("/api/status?token=" + admin.token())).statusCode());
        assertEquals(401, send(plain("/wallboard/stream?token=" + admin.token())).statusCode());
    }

    @Test
    void shouldRefuseACookieWithAnotherValue() throws Exception {
        HttpResponse<String> response = send(plain("/wallboard").header("Cookie",
                WallboardAccess.COOKIE + "=" + admin.token()));

        assertEquals(401, response.statusCode());
    }

    @Test
    void shouldAnswer405And404UnderTheWallboardOnlyOnceSignedIn() throws Exception {
        String cookie = signIn();

        assertEquals(401, send(plain("/wallboard/nothing")).statusCode());
        assertEquals(404, send(plain("/wallboard/nothing").header("Cookie", cookie)).statusCode());
        assertEquals(405, send(plain("/wallboard").header("Cookie", cookie)
                .POST(HttpRequest.BodyPublishers.noBody())).statusCode());
    }

    @Test
    void shouldSendNoCallerNumbersOnTheWallboardStream() throws Exception {
        admin.runtime.events().callQueued(System.currentTimeMillis(), 7, "support", "gold", "5550199", QueueRequest.NONE);

        JsonNode board = firstEvent(plain("/wallboard/stream").header("Cookie", signIn()));

        assertFalse(board.toString().contains("5550199"), board.toString());
        assertFalse(board.has("calls"));
    }

    /** The cookie a browser keeps after opening /wallboard?token=..., as its Cookie header. */
    private String signIn() throws IOException, InterruptedException {
        HttpResponse<String> response = send(plain("/wallboard?token=" + admin.token()));
        assertEquals(303, response.statusCode());
        String setCookie = response.headers().firstValue("Set-Cookie").orElseThrow();
        return setCookie.substring(0, setCookie.indexOf(';'));
    }

    private HttpRequest.Builder plain(String path) {
        return HttpRequest.newBuilder(URI.create(admin.server.url() + path)).timeout(Duration.ofSeconds(10));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return admin.client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode firstEvent(HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpResponse<Stream<String>> response = admin.client.send(request.build(), HttpResponse.BodyHandlers.ofLines());
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElseThrow().startsWith("text/event-stream"));
        try (Stream<String> lines = response.body()) {
            Iterator<String> it = lines.iterator();
            assertEquals("event: snapshot", it.next());
            return new ObjectMapper().readTree(it.next().substring("data: ".length()));
        }
    }
}
