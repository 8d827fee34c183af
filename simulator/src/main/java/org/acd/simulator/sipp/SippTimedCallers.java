package org.acd.simulator.sipp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Trunk calls placed by one SIPp process, each at its own time after the start (a Poisson process,
 * say), from the lab trunk's port {@link SippCallers#TRUNK_BASE_PORT} + {@code trunkIndex}. Each
 * call is config/sipp/caller.xml's: it keys its digit, then waits for Asterisk's BYE up to its
 * {@link SippCall#hangupMs()} (the caller's patience) and hangs up itself when that runs out.
 *
 * <p>SIPp places calls at a fixed rate only, so every call is started at once and first pauses
 * until its arrival time: the scenario run is caller.xml with that pause written before its
 * INVITE, the time read from one more injection field. Trace events are caller.xml's.
 *
 * @param name       the trace's file name, without extension
 * @param arrivals   the calls, each with its time after the start
 * @param trunkIndex the lab trunk port the calls come from (0-9)
 */
public record SippTimedCallers(String name, List<Arrival> arrivals, int trunkIndex) {

    /** One call placed {@code atMs} after the process starts. */
    public record Arrival(long atMs, SippCall call) {

        public Arrival {
            if (atMs < 0) {
                throw new IllegalArgumentException("atMs must not be negative, not " + atMs);
            }
        }
    }

    private static final String TEMPLATE = "config/sipp/caller.xml";
    private static final String FIRST_SEND = "<send";
    /** caller.xml reads fields 0-4; the arrival time is the sixth. */
    private static final String ARRIVAL_PAUSE = """
            <nop>
                <action>
                  <assignstr assign_to="arrive_str" value="[field5]"/>
                  <todouble assign_to="arrive_ms" variable="arrive_str"/>
                </action>
              </nop>
              <pause variable="arrive_ms"/>
              """;

    public SippTimedCallers {
        arrivals = List.copyOf(arrivals);
        if (arrivals.isEmpty()) {
            throw new IllegalArgumentException("no calls to place");
        }
        if (trunkIndex < 0 || trunkIndex > 9) {
            throw new IllegalArgumentException("trunkIndex " + trunkIndex + ": the lab's trunk has ports "
                    + SippCallers.TRUNK_BASE_PORT + "-" + (SippCallers.TRUNK_BASE_PORT + 9));
        }
    }

    /** caller.xml with the arrival pause before its first message. */
    static String scenario(String template) {
        int firstSend = template.indexOf(FIRST_SEND, template.indexOf("<scenario"));
        if (firstSend < 0) {
            throw new IllegalArgumentException(TEMPLATE + " has no " + FIRST_SEND + " after <scenario>");
        }
        return template.substring(0, firstSend) + ARRIVAL_PAUSE + "  " + template.substring(firstSend);
    }

    /** The injection file's lines: caller.xml's fields, then the arrival time. */
    List<String> injection() {
        List<String> lines = new ArrayList<>();
        lines.add("SEQUENTIAL");
        arrivals.forEach(arrival -> lines.add(arrival.call().injectionLine() + ";" + arrival.atMs()));
        return lines;
    }

    /** Starts every call (each waits for its arrival time); the process ends by itself after the last one. */
    public SippProcess start(Path repository, Path traceDirectory, String sipServer) {
        Path scenario = traceDirectory.resolve(name + ".xml");
        Path injection = traceDirectory.resolve(name + ".csv");
        try {
            Files.writeString(scenario, scenario(Files.readString(repository.resolve(TEMPLATE))));
            Files.write(injection, injection());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the scenario of " + name + " in " + traceDirectory, e);
        }
        String calls = Integer.toString(arrivals.size());
        return SippProcess.start(List.of(sipServer, "-sf", scenario.toString(), "-inf", injection.toString(),
                        "-i", "127.0.0.1", "-p", Integer.toString(SippCallers.TRUNK_BASE_PORT + trunkIndex),
                        "-mp", Integer.toString(SippCallers.MEDIA_BASE_PORT + 10 * trunkIndex),
                        "-m", calls, "-l", calls, "-r", "1000"),
                traceDirectory.resolve(name + ".log"));
    }
}
