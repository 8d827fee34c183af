package org.acd.supervisor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.Map;
import org.acd.core.api.AcdEvents;
import org.acd.core.api.QueueRequest;
import org.acd.core.reporting.KpiThresholds;
import org.acd.server.admin.WallboardSettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code acdctl watch --once} against a real server whose wallboard is configured to turn yellow
 * from 1 s and red from 2 s of waiting, and abandon rates yellow from 20 %, red from 40 %: the
 * terminal colours follow the server's configuration, not defaults of acdctl's own.
 */
final class WatchCommandTest {

    private static final WallboardSettings QUICK = new WallboardSettings(KpiThresholds.DEFAULTS, ZoneOffset.UTC,
            1_000, 2_000, Map.of(), 0.20, 0.40);

    @TempDir
    Path temp;

    private RunningServer server;
    private final StringWriter out = new StringWriter();

    @BeforeEach
    void start() throws InterruptedException {
        server = new RunningServer(temp, RunningServer.CONFIG, QUICK);
        long nowMs = System.currentTimeMillis();
        AcdEvents events = server.runtime.events();
        events.callQueued(nowMs, 1, "support", "gold", "5550001", QueueRequest.NONE);
        events.timeAdvanced(nowMs + 5_000);
        server.runtime.snapshot().join();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void shouldColourTheLongestWaitAgainstTheServersConfiguredThresholds() {
        CommandLine commandLine = AcdCtl.commandLine().setOut(new PrintWriter(out, true));

        assertEquals(0, commandLine.execute("watch", "--once", "--url", server.url(), "--token-file",
                server.tokenFile.toString()));

        String board = out.toString();
        assertTrue(board.contains(Ansi.color(Ansi.RED, "0:05")), board);
        assertTrue(board.contains("Longest wait: yellow from 0:01, red from 0:02. Abandon rate: yellow from 20.0%, "
                + "red from 40.0%."), board);
    }
}
