package org.acd.supervisor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
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
import picocli.CommandLine;

/** {@code acdctl call move|priority|send-out} against a real server with call 7 waiting in queue support. */
final class CallCommandTest {

    private static final RoutingConfig TWO_QUEUES = Configs.config(List.of(
            QueueConfig.builder("support").skill("support", 1).build(),
            QueueConfig.builder("billing").skill("billing", 1).build()),
            List.of(Configs.agent("alice", Map.of("support", 5))));

    @TempDir
    Path temp;

    private RunningServer server;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void start() throws InterruptedException {
        server = new RunningServer(temp, TWO_QUEUES);
        server.runtime.events().callQueued(System.currentTimeMillis(), 7, "support", "gold", "5550001",
                QueueRequest.NONE);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private int run(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--url", server.url(), "--token-file", server.tokenFile.toString()));
        CommandLine commandLine = AcdCtl.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(all.toArray(String[]::new));
    }

    @Test
    void shouldMoveTheCallAndSayWhereItIsNow() {
        assertEquals(ExitCodes.OK, run("call", "move", "7", "billing"));

        assertTrue(out.toString().startsWith("call 7 is now QUEUED in billing, priority "), out::toString);
        assertEquals("billing", server.runtime.snapshot().join().call(7).orElseThrow().queueId());
    }

    @Test
    void shouldPrintTheCallAsJsonAfterAPriorityChange() throws Exception {
        assertEquals(ExitCodes.OK, run("call", "priority", "7", "90", "--json"));

        JsonNode call = AdminClient.JSON.readTree(out.toString());
        assertEquals(90, call.get("priority").asInt());
        assertEquals(90, server.runtime.snapshot().join().call(7).orElseThrow().priority());
    }

    @Test
    void shouldSendTheCallToVoicemail() {
        assertEquals(ExitCodes.OK, run("call", "send-out", "7", "voicemail", "--target", "2000"));

        assertEquals("call 7 sent out of support to voicemail 2000", out.toString().strip());
        assertTrue(server.runtime.snapshot().join().call(7).isEmpty());
    }

    @Test
    void shouldExitFiveNamingAnUnknownCall() {
        assertEquals(ExitCodes.NOT_FOUND, run("call", "priority", "8", "1"));

        assertTrue(err.toString().startsWith("acdctl: no live call 8;"), err::toString);
    }

    @Test
    void shouldExitTwoNamingAnUnknownQueue() {
        assertEquals(ExitCodes.USAGE, run("call", "move", "7", "sales"));

        assertTrue(err.toString().contains("no queue 'sales' is configured; the queues are support, billing (HTTP 422)"),
                err::toString);
    }

    @Test
    void shouldExitTwoWhenATransferHasNoTarget() {
        assertEquals(ExitCodes.USAGE, run("call", "send-out", "7", "transfer"));

        assertTrue(err.toString().contains("needs a \"target\""), err::toString);
    }

    @Test
    void shouldExitOneWhenTheCallIsInThatQueueAlready() {
        assertEquals(ExitCodes.API_ERROR, run("call", "move", "7", "support"));

        assertTrue(err.toString().contains("call 7 is in queue support already (HTTP 409)"), err::toString);
    }

    @Test
    void shouldDescribeEveryCallActionInHelp() {
        assertEquals(0, AcdCtl.commandLine().setOut(new PrintWriter(out, true)).execute("call", "--help"));

        assertTrue(out.toString().contains("move"), out::toString);
        assertTrue(out.toString().contains("priority"), out::toString);
        assertTrue(out.toString().contains("send-out"), out::toString);
    }
}
