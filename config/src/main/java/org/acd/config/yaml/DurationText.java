package org.acd.config.yaml;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads durations as the YAML files write them: {@code 250ms}, {@code 20s}, {@code 30m}, {@code 1.5h}. Stateless. */
public final class DurationText {

    private static final Pattern DURATION = Pattern.compile("(\\d{1,9}(?:\\.\\d{1,6})?)\\s*(ms|s|m|h)");

    private DurationText() {
    }

    /** Milliseconds, rounded to the nearest; -1 when the text is not a duration with a unit. */
    public static long parseMs(String text) {
        Matcher matcher = DURATION.matcher(text.trim());
        if (!matcher.matches()) {
            return -1;
        }
        double amount = Double.parseDouble(matcher.group(1));
        double unitMs = switch (matcher.group(2)) {
            case "ms" -> 1;
            case "s" -> 1_000;
            case "m" -> 60_000;
            default -> 3_600_000;
        };
        return Math.round(amount * unitMs);
    }
}
