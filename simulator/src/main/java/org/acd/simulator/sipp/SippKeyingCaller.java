package org.acd.simulator.sipp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * One trunk call that keys a sequence of RFC 2833 digits into the IVR, as the template
 * config/sipp/ivr-caller.xml places it: each key some time after the one before (the first after the
 * answer), each played from its own copy of the DTMF pcap SIPp ships for it ({@link DtmfPcap}, so a
 * key keyed twice is not taken for a repeat), then the caller hangs up
 * {@code hangupAfterLastKeyMs} later unless Asterisk hangs up first.
 *
 * @param name        the trace's file name, without extension
 * @param caller      the caller's number
 * @param did         the number dialled
 * @param keystrokes  the keys, in order
 * @param trunkIndex  the lab trunk port the call comes from, {@link SippCallers#TRUNK_BASE_PORT} + trunkIndex (0-9)
 */
public record SippKeyingCaller(String name, String caller, String did, List<Keystroke> keystrokes,
                               long hangupAfterLastKeyMs, int trunkIndex) {

    /** One key ({@code 0}-{@code 9}, {@code *}, {@code #}) keyed {@code afterMs} after the previous one. */
    public record Keystroke(String key, long afterMs) {

        private static final Pattern KEY = Pattern.compile("[0-9*#]");

        public Keystroke {
            if (!KEY.matcher(key).matches()) {
                throw new IllegalArgumentException("key '" + key + "' is not one of 0-9, * and #");
            }
            if (afterMs < 0) {
                throw new IllegalArgumentException("afterMs must not be negative, not " + afterMs);
            }
        }
    }

    static final String DTMF_PCAPS = "/usr/share/sip-tester/";
    private static final String TEMPLATE = "config/sipp/ivr-caller.xml";
    private static final String KEYS_PLACEHOLDER = "<!-- @KEYS@ -->";
    private static final Map<String, String> PCAP_NAMES = Map.of("*", "star", "#", "pound");

    public SippKeyingCaller {
        keystrokes = List.copyOf(keystrokes);
        if (trunkIndex < 0 || trunkIndex > 9) {
            throw new IllegalArgumentException("trunkIndex " + trunkIndex + ": the lab's trunk has ports "
                    + SippCallers.TRUNK_BASE_PORT + "-" + (SippCallers.TRUNK_BASE_PORT + 9));
        }
    }

    /** {@code keys} keyed one every {@code gapMs}, the first {@code firstAfterMs} after the answer. */
    public static List<Keystroke> evenly(String keys, long firstAfterMs, long gapMs) {
        List<Keystroke> keystrokes = new ArrayList<>();
        for (int i = 0; i < keys.length(); i++) {
            keystrokes.add(new Keystroke(keys.substring(i, i + 1), i == 0 ? firstAfterMs : gapMs));
        }
        return keystrokes;
    }

    /** Each keystroke's event timestamp lies this far after the one before (RTP units: 1 s at 8 kHz). */
    private static final int TIMESTAMP_STEP = 8_000;
    private static final int SEQUENCE_STEP = 100;

    /** The scenario: the template with these keystrokes in it, keystroke {@code i} playing {@code pcaps.resolve(i + ".pcap")}. */
    String scenario(String template, Path pcaps) {
        if (!template.contains(KEYS_PLACEHOLDER)) {
            throw new IllegalArgumentException(TEMPLATE + " has no " + KEYS_PLACEHOLDER);
        }
        StringBuilder keys = new StringBuilder();
        for (int i = 0; i < keystrokes.size(); i++) {
            Keystroke keystroke = keystrokes.get(i);
            String pcap = pcaps.resolve(i + ".pcap").toString();
            keys.append("<pause milliseconds=\"").append(keystroke.afterMs()).append("\"/>\n")
                    .append("  <nop>\n    <action>\n")
                    .append("      <exec play_pcap_audio=\"").append(pcap).append("\"/>\n")
                    .append("      <log message=\"[timestamp]\tDTMF_SENT\t[call_id]\t[field0]\t")
                    .append(keystroke.key()).append("\"/>\n")
                    .append("    </action>\n  </nop>\n  ");
        }
        return template.replace(KEYS_PLACEHOLDER, keys.toString().stripTrailing());
    }

    /** Places the call; the process ends by itself after it. */
    public SippProcess start(Path repository, Path traceDirectory, String sipServer) {
        Path scenario = traceDirectory.resolve(name + ".xml");
        Path injection = traceDirectory.resolve(name + ".csv");
        int localPort = SippCallers.TRUNK_BASE_PORT + trunkIndex;
        Path pcaps = traceDirectory.resolve(name + "-keys");
        try {
            Files.createDirectories(pcaps);
            for (int i = 0; i < keystrokes.size(); i++) {
                String key = keystrokes.get(i).key();
                DtmfPcap.writeShifted(Path.of(DTMF_PCAPS, "dtmf_2833_" + PCAP_NAMES.getOrDefault(key, key) + ".pcap"),
                        pcaps.resolve(i + ".pcap"), i * TIMESTAMP_STEP, i * SEQUENCE_STEP);
            }
            Files.writeString(scenario, scenario(Files.readString(repository.resolve(TEMPLATE)), pcaps));
            Files.write(injection, List.of("SEQUENTIAL", caller + ";" + did + ";" + hangupAfterLastKeyMs));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the scenario of " + name + " in " + traceDirectory, e);
        }
        return SippProcess.start(List.of(sipServer, "-sf", scenario.toString(), "-inf", injection.toString(),
                        "-i", "127.0.0.1", "-p", Integer.toString(localPort),
                        "-mp", Integer.toString(SippCallers.MEDIA_BASE_PORT + 10 * trunkIndex), "-m", "1", "-l", "1"),
                traceDirectory.resolve(name + ".log"));
    }
}
