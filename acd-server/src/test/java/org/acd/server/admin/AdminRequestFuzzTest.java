package org.acd.server.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.JsonNode;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.acd.core.runtime.AcdRuntime;
import org.acd.core.runtime.RuntimeOptions;
import org.acd.core.testing.RecordedCommands;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * Agent actions with a fuzzed agent path segment and a fuzzed JSON body through the admin pipeline
 * on an {@link EmbeddedChannel}, authorised, against a running engine: every answer is 200 or a
 * 4xx in the API's JSON error shape (only {@code error} and {@code status}, so no stack trace),
 * never a 500. Seeds: {@code AdminRequestFuzzTestInputs}.
 */
final class AdminRequestFuzzTest {

    private static final String[] ACTIONS = {"login", "logout", "ready", "not-ready"};
    private static final long ANSWER_TIMEOUT_NS = TimeUnit.SECONDS.toNanos(5);

    private static Path directory;
    private static AcdRuntime runtime;
    private static SnapshotSampler sampler;
    private static ReportEndpoint reports;
    private static AdminChannelInitializer pipeline;
    private static String token;

    @BeforeAll
    static void start() throws IOException {
        directory = Files.createTempDirectory("acd-admin-fuzz");
        runtime = AcdRuntime.start(RunningAdmin.CONFIG, RuntimeOptions.defaults(directory.resolve("journal")),
                new RecordedCommands());
        AdminToken adminToken = AdminToken.loadOrCreate(directory.resolve("admin-token"));
        token = Files.readString(directory.resolve("admin-token")).strip();
        sampler = new SnapshotSampler(runtime::snapshot);
        reports = new ReportEndpoint(directory.resolve("journal"), RunningAdmin.CONFIG);
        AdminApi api = new AdminApi(runtime, RunningAdmin.CONFIG, "fuzz", System::currentTimeMillis);
        AdminRouter router = new AdminRouter(api, sampler, new AdminMetrics(RunningAdmin.CONFIG, runtime), reports,
                new ConfigReloadEndpoint(Optional.empty(), runtime.events(), api, System::currentTimeMillis),
                RunningAdmin.board());
        pipeline = new AdminChannelInitializer(adminToken, false, router,
                RunningAdmin.wallboard(adminToken, sampler), Optional.empty());
    }

    @AfterAll
    static void stop() throws IOException {
        reports.close();
        sampler.close();
        runtime.close();
        try (var files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        }
    }

    @FuzzTest(maxDuration = "30s")
    void anyAgentActionIsAnsweredWithSuccessOrAJsonClientError(FuzzedDataProvider data) throws IOException {
        String agent = data.consumeBoolean() ? "alice" : data.consumeString(32);
        String action = data.pickValue(ACTIONS);
        byte[] body = data.consumeRemainingAsBytes();
        String head = "POST /api/agents/" + agent + "/" + action + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n"
                + "Authorization: Bearer " + token + "\r\nContent-Length: " + body.length + "\r\n\r\n";

        String response = exchange(Unpooled.wrappedBuffer(head.getBytes(StandardCharsets.UTF_8), body));

        int status = Integer.parseInt(response.substring("HTTP/1.1 ".length(), "HTTP/1.1 ".length() + 3));
        assertTrue(status == 200 || (status >= 400 && status < 500), response);
        if (status != 200) {
            JsonNode error = JsonResponses.MAPPER.readTree(response.substring(response.indexOf("\r\n\r\n") + 4));
            assertEquals(List.of("error", "status"), fieldNames(error), response);
            assertEquals(status, error.get("status").asInt(), response);
        }
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    /** Writes the request and waits (spinning, bounded) for the answer, which may come from the engine thread. */
    private static String exchange(ByteBuf request) {
        EmbeddedChannel channel = new EmbeddedChannel(pipeline);
        try {
            channel.writeInbound(request);
            long deadline = System.nanoTime() + ANSWER_TIMEOUT_NS;
            StringBuilder response = new StringBuilder();
            while (response.isEmpty() && System.nanoTime() < deadline) {
                channel.runPendingTasks();
                ByteBuf out;
                while ((out = channel.readOutbound()) != null) {
                    response.append(out.toString(StandardCharsets.UTF_8));
                    out.release();
                }
                Thread.onSpinWait();
            }
            assertFalse(response.isEmpty(), "no answer within 5 s");
            return response.toString();
        } finally {
            channel.finishAndReleaseAll();
        }
    }
}
