package org.acd.server.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.acd.core.runtime.AcdRuntime;
import org.acd.core.runtime.RuntimeOptions;
import org.acd.core.testing.RecordedCommands;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The admin pipeline on an {@link EmbeddedChannel}: raw HTTP bytes in, raw HTTP bytes out. */
final class AdminPipelineTest {

    @TempDir
    Path temp;

    private AcdRuntime runtime;
    private SnapshotSampler sampler;
    private EmbeddedChannel channel;
    private ReportEndpoint reports;
    private String token;

    @BeforeEach
    void start() throws Exception {
        runtime = AcdRuntime.start(RunningAdmin.CONFIG, RuntimeOptions.defaults(temp.resolve("journal")),
                new RecordedCommands());
        AdminToken adminToken = AdminToken.loadOrCreate(temp.resolve("admin-token"));
        token = Files.readString(temp.resolve("admin-token")).strip();
        sampler = new SnapshotSampler(runtime::snapshot);
        reports = new ReportEndpoint(temp.resolve("journal"), RunningAdmin.CONFIG);
        AdminApi api = new AdminApi(runtime, RunningAdmin.CONFIG, "test", System::currentTimeMillis);
        AdminRouter router = new AdminRouter(api, sampler, new AdminMetrics(RunningAdmin.CONFIG, runtime), reports,
                new ConfigReloadEndpoint(Optional.empty(), runtime.events(), api, System::currentTimeMillis),
                RunningAdmin.board());
        channel = new EmbeddedChannel(new AdminChannelInitializer(adminToken, false, router,
                RunningAdmin.wallboard(adminToken, sampler), Optional.empty()));
    }

    @AfterEach
    void stop() {
        channel.finishAndReleaseAll();
        reports.close();
        sampler.close();
        runtime.close();
    }

    @Test
    void shouldAnswer401InJsonWithoutAToken() {
        String response = exchange("GET /api/status HTTP/1.1\r\nHost: x\r\n\r\n");

        assertTrue(response.startsWith("HTTP/1.1 401 Unauthorized"), response);
        assertTrue(response.toLowerCase(Locale.ROOT).contains("www-authenticate: bearer"), response);
        assertTrue(response.endsWith("{\"error\":\"an Authorization: Bearer <token> header is required\","
                + "\"status\":401}"), response);
    }

    @Test
    void shouldAnswer404ToAnUnknownPath() {
        String response = exchange("GET /api/nothing HTTP/1.1\r\nHost: x\r\n" + bearer() + "\r\n");

        assertTrue(response.startsWith("HTTP/1.1 404 Not Found"), response);
        assertTrue(response.contains("\"error\":\"no endpoint at /api/nothing\""), response);
    }

    @Test
    void shouldAnswer400ToAnAgentInThePathThatIsNotPercentEncoding() {
        String response = exchange("POST /api/agents/%zz/ready HTTP/1.1\r\nHost: x\r\n" + bearer()
                + "Content-Length: 0\r\n\r\n");

        assertTrue(response.startsWith("HTTP/1.1 400 Bad Request"), response);
        assertTrue(response.endsWith("{\"error\":\"the agent in the path is not valid percent-encoding\","
                + "\"status\":400}"), response);
    }

    @Test
    void shouldAnswer404ToAPathWithAPercentThatEncodesNothing() {
        String response = exchange("GET /api/%%status HTTP/1.1\r\nHost: x\r\n" + bearer() + "\r\n");

        assertTrue(response.startsWith("HTTP/1.1 404 Not Found"), response);
    }

    @Test
    void shouldAnswer413BeforeReadingABodyDeclaredTooLarge() {
        String response = exchange("POST /api/agents/alice/ready HTTP/1.1\r\nHost: x\r\n" + bearer()
                + "Content-Length: " + (AdminSettings.MAX_BODY_BYTES + 1) + "\r\n\r\n");

        assertTrue(response.startsWith("HTTP/1.1 413 Request Entity Too Large"), response);
        assertTrue(response.contains("\"status\":413"), response);
        assertFalse(channel.isOpen(), "the rest of the body is never read");
    }

    @Test
    void shouldAnswer431ToHeadersOverTheLimit() {
        String response = exchange("GET /api/status HTTP/1.1\r\nHost: x\r\nX-Padding: "
                + "p".repeat(AdminSettings.MAX_HEADER_BYTES) + "\r\n\r\n");

        assertTrue(response.startsWith("HTTP/1.1 431"), response);
        assertTrue(response.contains("\"status\":431"), response);
    }

    @Test
    void shouldAnswer414ToARequestLineOverTheLimit() {
        String response = exchange("GET /api/" + "q".repeat(AdminSettings.MAX_INITIAL_LINE_BYTES) + " HTTP/1.1\r\n"
                + "Host: x\r\n" + bearer() + "\r\n");

        assertTrue(response.startsWith("HTTP/1.1 414"), response);
        assertTrue(response.contains("\"status\":414"), response);
        assertFalse(channel.isOpen(), "the connection is closed");
    }

    @Test
    void shouldCloseAConnectionIdleForAMinuteAndNotBefore() {
        channel.writeInbound(Unpooled.copiedBuffer("GET /api/status HTTP/1.1\r\nHo", StandardCharsets.US_ASCII));

        channel.advanceTimeBy(AdminSettings.IDLE_CONNECTION_MS - 1_000, TimeUnit.MILLISECONDS);
        channel.runPendingTasks();
        assertTrue(channel.isOpen(), "not idle long enough yet");
        channel.advanceTimeBy(1_000, TimeUnit.MILLISECONDS);
        channel.runPendingTasks();

        assertFalse(channel.isOpen(), "a request head never finished holds no connection");
    }

    @Test
    void shouldStopStreamingWhenTheClientGoes() {
        int before = sampler.subscriberCount();
        String response = exchange("GET /api/stream HTTP/1.1\r\nHost: x\r\n" + bearer() + "\r\n");
        assertTrue(response.startsWith("HTTP/1.1 200 OK"), response);
        assertEquals(before + 1, sampler.subscriberCount());

        channel.close();

        assertEquals(before, sampler.subscriberCount());
    }

    private String bearer() {
        return "Authorization: Bearer " + token + "\r\n";
    }

    private String exchange(String request) {
        channel.writeInbound(Unpooled.copiedBuffer(request, StandardCharsets.US_ASCII));
        channel.runPendingTasks();
        StringBuilder response = new StringBuilder();
        ByteBuf out;
        while ((out = channel.readOutbound()) != null) {
            response.append(out.toString(StandardCharsets.UTF_8));
            out.release();
        }
        return response.toString();
    }
}
