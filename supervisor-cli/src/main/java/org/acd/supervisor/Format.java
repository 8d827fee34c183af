package org.acd.supervisor;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;

/** How acdctl writes times. Pure functions. */
final class Format {

    private Format() {
    }

    /** A duration as m:ss, or h:mm:ss from an hour. */
    static String duration(long ms) {
        long seconds = Math.max(0, ms) / 1000;
        long hours = seconds / 3600;
        if (hours > 0) {
            return String.format(Locale.ROOT, "%d:%02d:%02d", hours, seconds / 60 % 60, seconds % 60);
        }
        return String.format(Locale.ROOT, "%d:%02d", seconds / 60, seconds % 60);
    }

    /** A JSON text value, or "-" for null or missing. */
    static String text(JsonNode node) {
        return node == null || node.isNull() || node.isMissingNode() ? "-" : node.asText();
    }
}
