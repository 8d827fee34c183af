package org.acd.supervisor;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code acdctl watch}: the live wallboard. Each refresh moves the cursor home and rewrites every
 * line, clearing what is left of it, then clears below: the screen is never blanked, so it does not
 * flicker. A refresh that fails shows why on the board and the next one tries again; with
 * {@code --once} it ends acdctl with the failure's exit status. Runs on the main thread until Ctrl-C,
 * whose shutdown hook stops the loop, gives the main thread a moment to put the cursor back, then
 * halts with status 130: only the main thread writes to the terminal, and neither a refresh stuck on
 * the network nor anything else in the JVM's shutdown can keep acdctl from ending.
 */
@Command(name = "watch", mixinStandardHelpOptions = true,
        description = {"A live wallboard: per queue the calls waiting, the longest wait, and today's answered calls, "
                + "service level and abandon rate; agents by state and each agent.",
            "Figures turn yellow, then red, against the thresholds configured in the server (kpi.wallboard), as "
                + "on the web wallboard. Ctrl-C quits."})
final class WatchCommand implements Callable<Integer> {

    /** How long Ctrl-C waits for the main thread to show the cursor again before acdctl ends anyway. */
    static final long CURSOR_RESTORE_WAIT_MS = 2_000;

    @Mixin
    private ConnectionOptions connection;

    @Option(names = "--interval", paramLabel = "SECONDS", defaultValue = "1",
            description = "Seconds between refreshes (default: ${DEFAULT-VALUE}).")
    private double intervalSeconds;

    @Option(names = "--once", description = "Print the board once, without cursor movement, and exit.")
    private boolean once;

    @Option(names = "--no-color", description = "No colours (also when the NO_COLOR variable is set).")
    private boolean noColor;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        if (intervalSeconds <= 0) {
            throw new AcdCtlException(ExitCodes.USAGE, "--interval must be more than 0 seconds");
        }
        AdminClient client = connection.client();
        boolean color = !noColor && System.getenv("NO_COLOR") == null;
        PrintWriter out = spec.commandLine().getOut();
        if (once) {
            board(client, color).forEach(out::println);
            out.flush();
            return ExitCodes.OK;
        }
        CountDownLatch stop = new CountDownLatch(1);
        CountDownLatch cursorShown = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            stop.countDown();
            try {
                cursorShown.await(CURSOR_RESTORE_WAIT_MS, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            // Nothing is left to do once the cursor is back: halt, so that no other part of the
            // JVM's shutdown (a library's hook, the main thread's own exit) can keep the board open.
            Runtime.getRuntime().halt(ExitCodes.INTERRUPTED);
        }, "acdctl-stop"));
        out.print(Ansi.HIDE_CURSOR);
        long intervalMs = Math.round(intervalSeconds * 1000);
        try {
            do {
                out.print(Wallboard.frame(refresh(client, color)));
                out.flush();
            } while (!stop.await(intervalMs, TimeUnit.MILLISECONDS));
        } finally {
            out.print(Ansi.SHOW_CURSOR);
            out.flush();
            cursorShown.countDown();
        }
        return ExitCodes.OK;
    }

    private List<String> refresh(AdminClient client, boolean color) {
        try {
            return board(client, color);
        } catch (AcdCtlException e) {
            String message = e.getMessage() + "; trying again";
            return List.of(title(client), "", color ? Ansi.color(Ansi.RED, message) : message);
        }
    }

    private static List<String> board(AdminClient client, boolean color) {
        JsonNode board = client.get("api/wallboard");
        JsonNode agents = client.get("api/agents");
        return Wallboard.render(title(client), board, agents, color);
    }

    private static String title(AdminClient client) {
        return "ACD wallboard  " + LocalTime.now().truncatedTo(ChronoUnit.SECONDS) + "  " + client.url()
                + "  (Ctrl-C quits)";
    }
}
