package org.acd.simulator.sipp;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One running {@code sipp}, started with a project scenario and its own trace file. It is stopped
 * by its own pid only. Its console output goes to {@code <trace>.out} beside the trace.
 */
public final class SippProcess implements AutoCloseable {

    private final Process process;
    private final Path traceFile;
    private final List<String> command;

    private SippProcess(Process process, Path traceFile, List<String> command) {
        this.process = process;
        this.traceFile = traceFile;
        this.command = command;
    }

    /** Starts {@code sipp} with {@code arguments} plus the trace options; returns at once. */
    public static SippProcess start(List<String> arguments, Path traceFile) {
        List<String> command = new ArrayList<>();
        command.add("sipp");
        command.addAll(arguments);
        command.addAll(List.of("-nostdin", "-trace_logs", "-log_file", traceFile.toString()));
        try {
            Process process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(Path.of(traceFile + ".out").toFile())
                    .start();
            return new SippProcess(process, traceFile, List.copyOf(command));
        } catch (IOException e) {
            throw new IllegalStateException("cannot start sipp (is the sip-tester package installed? "
                    + "scripts/asterisk-lab provision installs it): " + e.getMessage(), e);
        }
    }

    public SippTrace trace() {
        return SippTrace.read(traceFile);
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /**
     * Waits for the process to end by itself (a caller run that made all its calls).
     *
     * @return its exit status (SIPp: 0 all calls succeeded, 1 some failed)
     * @throws IllegalStateException if it is still running after {@code timeout}
     */
    public int awaitExit(Duration timeout) throws InterruptedException {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new IllegalStateException("sipp still running after " + timeout + ": " + String.join(" ", command));
        }
        return process.exitValue();
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroy();
            try {
                if (!process.waitFor(5, TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
