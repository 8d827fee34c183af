package org.acd.server.load;

import java.time.Duration;
import org.acd.server.ZeroOrMoreDurationConverter;
import org.acd.simulator.scenario.Distribution;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads a duration distribution as a scenario names it, on one command-line word:
 * {@code exponential:60s} (mean), {@code lognormal:240s,120s} (mean, standard deviation),
 * {@code fixed:2s} or {@code none} (no limit, where the option allows it).
 */
public final class DistributionConverter implements ITypeConverter<Distribution> {

    private static final String FORMS = "write exponential:MEAN, lognormal:MEAN,SD, fixed:VALUE or none, e.g. "
            + "exponential:60s";

    @Override
    public Distribution convert(String value) {
        String text = value.trim();
        if (text.equals("none")) {
            return new Distribution.Never();
        }
        int colon = text.indexOf(':');
        if (colon < 0) {
            throw new TypeConversionException("'" + value + "' is not a distribution; " + FORMS);
        }
        String kind = text.substring(0, colon);
        String[] times = text.substring(colon + 1).split(",", -1);
        return switch (kind) {
            case "exponential" -> new Distribution.Exponential(durationsMs(value, times, 1, false)[0]);
            case "lognormal" -> {
                long[] meanAndSd = durationsMs(value, times, 2, false);
                yield new Distribution.LogNormal(meanAndSd[0], meanAndSd[1]);
            }
            case "fixed" -> new Distribution.Fixed(durationsMs(value, times, 1, true)[0]);
            default -> throw new TypeConversionException("'" + value + "': '" + kind + "' is not a distribution; "
                    + FORMS);
        };
    }

    private static long[] durationsMs(String value, String[] times, int expected, boolean zeroAllowed) {
        if (times.length != expected) {
            throw new TypeConversionException("'" + value + "' needs " + (expected == 1 ? "one duration"
                    : expected + " durations, comma-separated") + "; " + FORMS);
        }
        long[] ms = new long[expected];
        for (int n = 0; n < expected; n++) {
            Duration duration = new ZeroOrMoreDurationConverter().convert(times[n]);
            if (duration.isZero() && !zeroAllowed) {
                throw new TypeConversionException("'" + value + "': a mean or deviation of 0 is no distribution;"
                        + " give a duration above 0");
            }
            ms[n] = duration.toMillis();
        }
        return ms;
    }
}
