package org.acd.simulator.sipp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.acd.simulator.lab.AsteriskLab;

/**
 * Calls placed by one SIPp process (config/sipp/caller.xml), in order, one every
 * {@code intervalMs}, from {@code localPort}. The lab's Asterisk takes calls from its ten trunk
 * ports ({@link #TRUNK_BASE_PORT} on) as the trunk's.
 *
 * @param name the trace's file name, without extension
 */
public record SippCallers(String name, List<SippCall> calls, long intervalMs, int localPort) {

    /** The first of the lab trunk's ten ports: the lab's {@code ACD_TRUNK_BASE_PORT}. */
    public static final int TRUNK_BASE_PORT = AsteriskLab.PORTS.trunkBase();
    static final int MEDIA_BASE_PORT = AsteriskLab.PORTS.trunkMediaBase();

    public SippCallers {
        calls = List.copyOf(calls);
        if (calls.isEmpty()) {
            throw new IllegalArgumentException("no calls to place");
        }
    }

    /** Trunk callers from the lab trunk's port {@code TRUNK_BASE_PORT + trunkIndex} (0-9). */
    public static SippCallers fromTrunk(int trunkIndex, long intervalMs, List<SippCall> calls) {
        if (trunkIndex < 0 || trunkIndex > 9) {
            throw new IllegalArgumentException("trunkIndex " + trunkIndex + ": the lab's trunk has ports "
                    + TRUNK_BASE_PORT + "-" + (TRUNK_BASE_PORT + 9));
        }
        return new SippCallers("trunk" + trunkIndex, calls, intervalMs, TRUNK_BASE_PORT + trunkIndex);
    }


    /** Starts placing the calls; the process ends by itself after the last one. */
    public SippProcess start(Path repository, Path traceDirectory, String sipServer) {
        Path injection = traceDirectory.resolve(name + ".csv");
        List<String> lines = new ArrayList<>();
        lines.add("SEQUENTIAL");
        calls.forEach(call -> lines.add(call.injectionLine()));
        try {
            Files.write(injection, lines);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + injection, e);
        }
        return SippProcess.start(List.of(sipServer,
                "-sf", repository.resolve("config/sipp/caller.xml").toString(),
                "-inf", injection.toString(),
                "-i", "127.0.0.1", "-p", Integer.toString(localPort),
                "-mp", Integer.toString(MEDIA_BASE_PORT + 10 * (localPort - TRUNK_BASE_PORT)),
                "-m", Integer.toString(calls.size()),
                "-r", "1", "-rp", Long.toString(Math.max(1, intervalMs)),
                "-l", Integer.toString(calls.size())),
                traceDirectory.resolve(name + ".log"));
    }
}
