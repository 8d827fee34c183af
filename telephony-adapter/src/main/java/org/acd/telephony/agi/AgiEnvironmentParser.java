package org.acd.telephony.agi;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Collects the {@code agi_name: value} lines that open a FastAGI session, up to the blank line
 * that ends them. One instance per session, fed line by line on the session's event loop.
 */
final class AgiEnvironmentParser {

    private final int maxLines;
    private final Map<String, String> environment = new LinkedHashMap<>();
    private int lines;

    AgiEnvironmentParser(int maxLines) {
        this.maxLines = maxLines;
    }

    /**
     * Takes one line; returns the request once the blank line arrives, null before that.
     *
     * @throws MalformedAgiException for a line that is not {@code agi_name: value}, or too many lines
     */
    AgiRequest accept(String line) {
        if (line.isEmpty()) {
            if (environment.isEmpty()) {
                throw new MalformedAgiException("empty AGI environment");
            }
            return AgiRequest.of(environment);
        }
        if (lines == maxLines) {
            throw new MalformedAgiException("AGI environment longer than " + maxLines + " lines");
        }
        lines++;
        int colon = line.indexOf(':');
        if (!line.startsWith("agi_") || colon < 0) {
            throw new MalformedAgiException("AGI environment line " + lines
                    + " is not 'agi_name: value': " + Printable.of(line));
        }
        environment.put(line.substring(0, colon), line.substring(colon + 1).strip());
        return null;
    }
}
