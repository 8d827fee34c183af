package org.acd.server.demo;

import java.util.Locale;

/** How the demo writes times: seconds since the demo began, and durations in seconds. */
final class ElapsedTime {

    private ElapsedTime() {
    }

    /** The margin of a console line: when it happened, right-aligned. */
    static String stamp(long startMs, long nowMs) {
        return String.format(Locale.ROOT, "%7.1fs", (nowMs - startMs) / 1000.0);
    }

    static String seconds(long durationMs) {
        return String.format(Locale.ROOT, "%.1f s", durationMs / 1000.0);
    }
}
