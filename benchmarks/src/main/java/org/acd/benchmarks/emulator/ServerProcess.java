package org.acd.benchmarks.emulator;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * {@code acd serve --config FILE --agents-ready} in a JVM of its own, as in production: this JVM's
 * flags (Chronicle's opens and exports) and class path, a fixed 1 GiB heap, the AMI secret in its
 * environment, its output in a log file. Started and stopped by the benchmark's main thread.
 */
final class ServerProcess implements AutoCloseable {

    private static final String SERVING = "acd: serving ";

    private final Process process;
    private final Path log;

    private ServerProcess(Process process, Path log) {
        this.process = process;
        this.log = log;
    }

    static ServerProcess start(Path config, Path journal, Path workDirectory, String secretVariable, String secret)
            throws IOException {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(flag -> !flag.startsWith("-Xms") && !flag.startsWith("-Xmx"))
                .forEach(command::add);
        command.addAll(List.of("-Xms1g", "-Xmx1g", "-cp", System.getProperty("java.class.path"),
                "org.acd.server.AcdMain", "serve", "--config", config.toString(), "--journal", journal.toString(),
                "--agents-ready", "--admin-port", "0", "--admin-token-file",
                workDirectory.resolve("admin-token").toString()));
        Path log = workDirectory.resolve("server.log");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put(secretVariable, secret);
        return new ServerProcess(builder.start(), log);
    }

    long pid() {
        return process.pid();
    }

    /** Waits until the server says it serves (FastAGI bound, AMI connecting), or fails naming its log. */
    void awaitServing(long timeoutMs) throws IOException, InterruptedException {
        long deadline = System.currentTimeMillis() + timeoutMs;
        String output;
        while (!(output = Files.readString(log, StandardCharsets.UTF_8)).contains(SERVING)) {
            if (!process.isAlive() || System.currentTimeMillis() > deadline) {
                throw new IllegalStateException("the server did not start serving within " + timeoutMs / 1000
                        + " s (" + (process.isAlive() ? "still starting" : "exited " + process.exitValue())
                        + "); its output:\n" + output);
            }
            Thread.sleep(100);
        }
    }

    Path log() {
        return log;
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }
}
