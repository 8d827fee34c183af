package org.acd.server.chaos;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.acd.server.AcdMain;
import org.acd.simulator.emulator.AsteriskEmulator;

/**
 * {@code acd serve --config FILE --journal DIR} in a JVM of its own, as in production, so that a
 * scenario can kill it with SIGKILL: this JVM's flags (Chronicle's opens and exports) and class
 * path, the AMI secret in its environment, its output in a log file of the scenario's directory.
 * Started, watched and stopped by the scenario's thread.
 */
final class ServerProcess implements AutoCloseable {

    private static final String SERVING = "acd: serving ";
    private static final String REPLAYED = "replayed ";
    private static final long POLL_MS = 10;

    private final Process process;
    private final Path log;
    private final long startedNs;

    private ServerProcess(Process process, Path log, long startedNs) {
        this.process = process;
        this.log = log;
        this.startedNs = startedNs;
    }

    /**
     * Starts the server on {@code site}'s configuration and {@code journal}.
     *
     * @param agentsReady log every agent in and make them ready (a first start; a restart has them from its journal)
     */
    static ServerProcess start(ChaosSite site, Path journal, Path log, boolean agentsReady) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(flag -> flag.startsWith("--add-") || flag.startsWith("-Dchronicle."))
                .forEach(command::add);
        command.addAll(List.of("-Xms512m", "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                AcdMain.class.getName(), "serve", "--config", site.config().toString(),
                "--journal", journal.toString(), "--admin-port", "0",
                "--admin-token-file", log.resolveSibling("admin-token").toString()));
        if (agentsReady) {
            command.add("--agents-ready");
        }
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().put(ChaosSite.SECRET_VARIABLE, site.credentials().secret());
        long startedNs = System.nanoTime();
        return new ServerProcess(builder.start(), log, startedNs);
    }

    long pid() {
        return process.pid();
    }

    /**
     * Waits until the server says it serves (journal replayed, FastAGI bound, AMI connecting);
     * returns the ms since its start.
     */
    long awaitServing(long timeoutMs) throws IOException, InterruptedException {
        return awaitLine(SERVING, timeoutMs);
    }

    /** Waits until the server logged its journal replay; returns the ms from process start to that line. */
    long awaitReplayed(long timeoutMs) throws IOException, InterruptedException {
        return awaitLine(REPLAYED, timeoutMs);
    }

    private long awaitLine(String marker, long timeoutMs) throws IOException, InterruptedException {
        long deadlineNs = startedNs + TimeUnit.MILLISECONDS.toNanos(timeoutMs);
        String output;
        while (!(output = Files.readString(log, StandardCharsets.UTF_8)).contains(marker)) {
            if (!process.isAlive() || System.nanoTime() > deadlineNs) {
                throw new IllegalStateException("the server did not print '" + marker.trim() + "' within "
                        + timeoutMs / 1000 + " s (" + (process.isAlive() ? "still starting" : "exited "
                        + process.exitValue()) + "); its output, in " + log + ":\n" + output);
            }
            Thread.sleep(POLL_MS);
        }
        return millisSinceStart();
    }

    /**
     * Waits for the first agent this process rings (an Originate the emulator receives beyond
     * {@code originatesBefore}, all sent before this process started); returns the ms since its start.
     */
    long awaitFirstRing(AsteriskEmulator emulator, long originatesBefore, long timeoutMs)
            throws IOException, InterruptedException {
        long deadlineNs = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMs);
        while (emulator.originatesReceived() == originatesBefore) {
            if (System.nanoTime() > deadlineNs || !process.isAlive()) {
                throw new IllegalStateException("the restarted server rang no agent within " + timeoutMs / 1000
                        + " s (" + (process.isAlive() ? "running" : "exited " + process.exitValue())
                        + "); its output is in " + log);
            }
            Thread.sleep(POLL_MS);
        }
        return millisSinceStart();
    }

    long millisSinceStart() {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startedNs);
    }

    /**
     * SIGKILL (what {@link Process#destroyForcibly} sends on Linux): no shutdown hook, no flush;
     * returns once it is gone.
     */
    void killHard() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** The exit status once it ended by itself within {@code timeoutMs}, or -1 if it is still running. */
    int awaitExit(long timeoutMs) throws InterruptedException {
        return process.waitFor(timeoutMs, TimeUnit.MILLISECONDS) ? process.exitValue() : -1;
    }

    String output() throws IOException {
        return Files.readString(log, StandardCharsets.UTF_8);
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }
}
