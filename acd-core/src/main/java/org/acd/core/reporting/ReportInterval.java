package org.acd.core.reporting;

/**
 * The length of the intervals calls are grouped in by the time they entered a queue. Intervals are
 * aligned on the epoch, so in UTC: a day runs from 00:00 to 24:00 UTC. Immutable.
 */
public enum ReportInterval {
    MINUTES_15("15m", 15 * 60_000L),
    MINUTES_30("30m", 30 * 60_000L),
    MINUTES_60("60m", 60 * 60_000L),
    DAY("day", 24 * 60 * 60_000L);

    private final String label;
    private final long lengthMs;

    ReportInterval(String label, long lengthMs) {
        this.label = label;
        this.lengthMs = lengthMs;
    }

    /** How it is written on a command line: 15m, 30m, 60m or day; {@link #ofLabel} also takes 1h for 60m. */
    public String label() {
        return label;
    }

    public long lengthMs() {
        return lengthMs;
    }

    /** The start, in epoch milliseconds, of the interval that holds {@code nowMs}. */
    public long startOf(long nowMs) {
        return Math.floorDiv(nowMs, lengthMs) * lengthMs;
    }

    /** The interval written as {@link #label()} (or 1h), or an exception naming the ones there are. */
    public static ReportInterval ofLabel(String label) {
        if ("1h".equals(label)) {
            return MINUTES_60;
        }
        for (ReportInterval interval : values()) {
            if (interval.label.equals(label)) {
                return interval;
            }
        }
        throw new IllegalArgumentException("'" + label + "' is no report interval; use 15m, 30m, 1h (or 60m) or day");
    }
}
