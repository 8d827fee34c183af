package org.acd.simulator.sipp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;

/** Everything one SIPp process logged, in order. */
public record SippTrace(List<SippTraceLine> lines) {

    public SippTrace {
        lines = List.copyOf(lines);
    }

    /** Reads a trace file; a missing file is an empty trace (the process logged nothing yet). */
    public static SippTrace read(Path file) {
        if (!Files.exists(file)) {
            return new SippTrace(List.of());
        }
        try {
            return new SippTrace(Files.readAllLines(file, StandardCharsets.ISO_8859_1).stream()
                    .filter(line -> !line.isBlank())
                    .map(SippTraceLine::parse)
                    .toList());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read SIPp trace " + file, e);
        }
    }

    public List<SippTraceLine> events(String event) {
        return where(line -> line.event().equals(event));
    }

    public List<SippTraceLine> where(Predicate<SippTraceLine> test) {
        return lines.stream().filter(test).toList();
    }

    public long count(String event) {
        return events(event).size();
    }
}
