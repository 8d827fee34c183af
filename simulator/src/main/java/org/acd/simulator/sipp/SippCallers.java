package org.acd.simulator.sipp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Calls placed by one SIPp process (config/sipp/caller.xml), in order, one every
 * {@code intervalMs}, from {@code localPort}. The lab's Asterisk takes a call from ports
 * 5090-5099 as the trunk's, and a call from elsewhere whose caller is {@code agentN} as agent N's
 * phone dialling (feature codes).
 *
 * @param name the trace's file name, without extension
 */
public record SippCallers(String name, List<SippCall> calls, long intervalMs, int localPort) {

    public static final int TRUNK_BASE_PORT = 5090;
    private static final int AGENT_DIALER_BASE_PORT = 5080;

    public SippCallers {
        calls = List.copyOf(calls);
        if (calls.isEmpty()) {
            throw new IllegalArgumentException("no calls to place");
        }
    }

    /** Trunk callers from the lab trunk's port {@code 5090 + trunkIndex} (0-9). */
    public static SippCallers fromTrunk(int trunkIndex, long intervalMs, List<SippCall> calls) {
        if (trunkIndex < 0 || trunkIndex > 9) {
            throw new IllegalArgumentException("trunkIndex " + trunkIndex + ": the lab's trunk has ports 5090-5099");
        }
        return new SippCallers("trunk" + trunkIndex, calls, intervalMs, TRUNK_BASE_PORT + trunkIndex);
    }

    /** Agent {@code agent}'s phone dialling {@code numbers} (feature codes such as *71), one after another. */
    public static SippCallers fromAgentPhone(int agent, long intervalMs, List<String> numbers) {
        List<SippCall> calls = numbers.stream().map(number -> new SippCall("agent" + agent, number, null, 0, 10_000))
                .toList();
        return new SippCallers("agent" + agent + "-dialing", calls, intervalMs, AGENT_DIALER_BASE_PORT + agent);
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
                "-mp", Integer.toString(7000 + 10 * (localPort - AGENT_DIALER_BASE_PORT)),
                "-m", Integer.toString(calls.size()),
                "-r", "1", "-rp", Long.toString(Math.max(1, intervalMs)),
                "-l", Integer.toString(calls.size())),
                traceDirectory.resolve(name + ".log"));
    }
}
