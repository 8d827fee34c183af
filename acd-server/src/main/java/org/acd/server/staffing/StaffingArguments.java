package org.acd.server.staffing;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.acd.config.yaml.DurationText;
import org.acd.simulator.staffing.Workload;
import picocli.CommandLine.ParameterException;

/**
 * Reads {@code acd staffing}'s option values: percentages ({@code 30%} or {@code 30}), durations
 * ({@code 180s}, {@code 3m}), patience ({@code none} or a duration) and service levels
 * ({@code 80/20s} or {@code 80/20}: 80% within 20 s). A bad value fails with a message naming the option. Stateless.
 */
final class StaffingArguments {

    private static final Pattern PERCENT = Pattern.compile("(\\d{1,3}(?:\\.\\d{1,6})?)%?");
    private static final Pattern SERVICE_LEVEL = Pattern.compile("([^/]+)/([^/]+)");

    private StaffingArguments() {
    }

    /** A share in [0, 1) from a percentage. */
    static double share(StaffingCommand command, String option, String text) {
        Matcher matcher = PERCENT.matcher(text.strip());
        double percent = matcher.matches() ? Double.parseDouble(matcher.group(1)) : -1;
        if (percent < 0 || percent >= 100) {
            throw bad(command, option, text, "a percentage from 0 to below 100, like 30%");
        }
        return percent / 100;
    }

    /** Seconds from a duration with its unit. */
    static double seconds(StaffingCommand command, String option, String text) {
        long ms = DurationText.parseMs(text);
        if (ms < 0) {
            throw bad(command, option, text, "a duration like 180s, 3m or 0.5h");
        }
        return ms / 1000.0;
    }

    /** Mean patience in seconds, {@link Workload#NO_ABANDONS} for {@code none}. */
    static double patienceSeconds(StaffingCommand command, String text) {
        if (text.strip().equalsIgnoreCase("none")) {
            return Workload.NO_ABANDONS;
        }
        double seconds = seconds(command, "--patience", text);
        if (seconds <= 0) {
            throw bad(command, "--patience", text, "a positive duration like 120s, or none");
        }
        return seconds;
    }

    /** {share, threshold seconds} from {@code 80/20s}. */
    static double[] serviceLevel(StaffingCommand command, String text) {
        Matcher matcher = SERVICE_LEVEL.matcher(text.strip());
        String threshold = matcher.matches() ? matcher.group(2).strip() : "";
        if (threshold.matches("\\d{1,6}")) {
            threshold += "s";
        }
        if (!matcher.matches() || !PERCENT.matcher(matcher.group(1).strip()).matches()
                || DurationText.parseMs(threshold) < 0) {
            throw bad(command, "--service-level", text, "a share and a threshold like 80/20s (80% within 20 s)");
        }
        return new double[] {share(command, "--service-level", matcher.group(1)),
            seconds(command, "--service-level", threshold)};
    }

    static ParameterException bad(StaffingCommand command, String option, String text, String expected) {
        return new ParameterException(command.commandLine(), option + " '" + text + "': expected " + expected);
    }
}
