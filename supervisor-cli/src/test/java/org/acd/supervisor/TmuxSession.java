package org.acd.supervisor;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A command running in a detached tmux session of a fixed size, on a tmux server of its own (its
 * socket in a directory the test owns), so that a test can type into it and read its screen as a
 * user would see it. The pane stays after the command ends, so its exit status can be read.
 * {@link #close} kills this session by name and nothing else.
 */
final class TmuxSession implements AutoCloseable {

    private static final long COMMAND_TIMEOUT_S = 10;

    private final Path socket;
    private final String name;

    private TmuxSession(Path socket, String name) {
        this.socket = socket;
        this.name = name;
    }

    static boolean installed() {
        try {
            return new ProcessBuilder("tmux", "-V").redirectErrorStream(true).start().waitFor() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * Runs {@code shellCommand} in a new session {@code name}, {@code columns} by {@code rows}, on a
     * tmux server listening on a socket in {@code directory}.
     */
    static TmuxSession start(Path directory, String name, int columns, int rows, String shellCommand)
            throws Exception {
        TmuxSession session = new TmuxSession(directory.resolve("tmux.socket"), name);
        session.tmux("new-session", "-d", "-s", name, "-x", String.valueOf(columns), "-y", String.valueOf(rows),
                shellCommand, ";", "set-option", "-w", "-t", name, "remain-on-exit", "on");
        return session;
    }

    /** What the pane shows now, one string per row (trailing blanks trimmed by tmux). */
    List<String> screen() throws Exception {
        return tmux("capture-pane", "-p", "-t", name).lines().toList();
    }

    /** The pane's scrollback above the screen and the screen itself: everything it ever scrolled. */
    List<String> history() throws Exception {
        return tmux("capture-pane", "-p", "-S", "-", "-t", name).lines().toList();
    }

    /** Types keys as tmux names them, e.g. {@code C-c}. */
    void sendKeys(String... keys) throws Exception {
        List<String> args = new ArrayList<>(List.of("send-keys", "-t", name));
        args.addAll(List.of(keys));
        tmux(args.toArray(String[]::new));
    }

    /** A tmux format of the pane, e.g. {@code #{pane_dead_status}}. */
    String pane(String format) throws Exception {
        return tmux("display-message", "-p", "-t", name, format).strip();
    }

    /** Reads the screen until {@code wanted} holds, for up to {@code timeoutMs}; returns that screen. */
    List<String> awaitScreen(String what, Predicate<List<String>> wanted, long timeoutMs) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMs);
        List<String> screen;
        do {
            screen = screen();
            if (wanted.test(screen)) {
                return screen;
            }
            Thread.sleep(100);
        } while (System.nanoTime() < deadline);
        fail("the screen did not show " + what + " within " + timeoutMs + " ms:\n" + String.join("\n", screen));
        return screen;
    }

    private String tmux(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("tmux", "-S", socket.toString(), "-f", "/dev/null"));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        if (!process.waitFor(COMMAND_TIMEOUT_S, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail("tmux " + String.join(" ", args) + " did not return within " + COMMAND_TIMEOUT_S + " s");
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.exitValue() != 0) {
            fail("tmux " + String.join(" ", args) + " failed (" + process.exitValue() + "): " + output);
        }
        return output;
    }

    @Override
    public void close() throws Exception {
        tmux("kill-session", "-t", name);
    }
}
