package org.acd.supervisor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.acd.core.api.AcdEvents;
import org.acd.core.api.QueueRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code acdctl watch} in a real terminal: a tmux pane of 120 by 40 runs acdctl (a JVM of its own)
 * against a running server, and the test reads the screen as a supervisor would see it. Needs tmux
 * ({@code .ci/run} installs it); without it the test is skipped with the reason.
 */
@Tag("terminal")
final class WatchTerminalTest {

    private static final Pattern TITLE = Pattern.compile("^ACD wallboard .*\\(Ctrl-C quits\\)$");
    /** Generous: on a loaded machine a JVM can take many seconds to start or to run its shutdown hooks. */
    private static final long SCREEN_TIMEOUT_MS = 60_000;
    /** Exit status of a process ended by SIGINT (128 + 2), as shells report it. */
    private static final String ENDED_BY_CTRL_C = "130";

    @TempDir
    Path temp;

    private RunningServer server;
    private long baseMs;

    @BeforeEach
    void start() throws InterruptedException {
        server = new RunningServer(temp);
        baseMs = System.currentTimeMillis();
        AcdEvents events = server.runtime.events();
        events.agentLoggedIn(baseMs, "alice");
        events.agentReady(baseMs, "alice");
        events.agentLoggedIn(baseMs, "bob");
        events.agentNotReady(baseMs, "bob", "break");
        events.callQueued(baseMs, 1, "support", "gold", "5550001", QueueRequest.NONE);
        events.callQueued(baseMs + 1_000, 2, "support", "standard", "5550002", QueueRequest.NONE);
        events.callQueued(baseMs + 2_000, 3, "support", "standard", "5550003", QueueRequest.NONE);
        server.runtime.snapshot().join();
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    private String acdctlWatch() {
        String java = ProcessHandle.current().info().command().orElse("java");
        return "exec '" + java + "' -cp '" + System.getProperty("java.class.path") + "' " + AcdCtl.class.getName()
                + " watch --interval 0.2 --no-color --url " + server.url() + " --token-file '" + server.tokenFile + "'";
    }

    private static boolean shows(List<String> screen, String rowPattern) {
        Pattern row = Pattern.compile(rowPattern);
        return screen.stream().anyMatch(line -> row.matcher(line).matches());
    }

    private static long count(List<String> lines, Pattern pattern) {
        return lines.stream().filter(line -> pattern.matcher(line).matches()).count();
    }

    @Test
    void shouldShowTheQueuesRefreshInPlaceAndQuitOnCtrlC() throws Exception {
        try (TmuxSession terminal = TmuxSession.start(temp, "acdctl-watch", 120, 40, acdctlWatch())) {
            List<String> first = terminal.awaitScreen("the support queue with 3 calls waiting, the longest 2 s",
                    screen -> shows(screen, "support +3 +0:02 +0 +2 +0 +- +0\\.0%"), SCREEN_TIMEOUT_MS);
            assertTrue(TITLE.matcher(first.get(0)).matches(), "the title is the first row:\n" + first.get(0));
            assertTrue(shows(first, "agents: 0 ready, 1 ringing, 0 on call, 0 wrap-up, 1 not ready, 0 logged out"),
                    String.join("\n", first));
            assertTrue(shows(first, "alice +alice +RESERVED +0:02 +1 +-"), String.join("\n", first));
            assertTrue(shows(first, "bob +bob +NOT_READY +0:02 +- +break"), String.join("\n", first));
            assertEquals("0", terminal.pane("#{cursor_flag}"), "the cursor is hidden while the board shows");

            server.runtime.events().agentAnswered(baseMs + 5_000, "alice", 1);
            List<String> refreshed = terminal.awaitScreen("2 calls waiting, the longest 4 s, 1 answered within the "
                    + "service level, once alice answers",
                    screen -> shows(screen, "support +2 +0:04 +0 +2 +1 +100\\.0% +0\\.0%"), SCREEN_TIMEOUT_MS);
            assertTrue(shows(refreshed, "alice +alice +ON_CALL +0:00 +1 +-"), String.join("\n", refreshed));

            List<String> history = terminal.history();
            assertEquals(1, count(history, TITLE), "redrawn in place, never scrolled:\n" + String.join("\n", history));
            assertEquals(1, count(history, Pattern.compile("^QUEUE +WAITING .*")), String.join("\n", history));

            terminal.sendKeys("C-c");
            String status = terminal.awaitExitStatus(SCREEN_TIMEOUT_MS);
            // Ended by Ctrl-C: through acdctl's shutdown hook (status 130), or now and then by the
            // SIGINT itself before the JVM hands it to the hook (no status); never still running.
            assertTrue(ENDED_BY_CTRL_C.equals(status) || status.isEmpty(), "exit status " + status);
        }
    }
}
