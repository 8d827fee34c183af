package org.acd.core.model;

/**
 * When a queue tells its waiting callers where they are: every {@code everyMs} (0: never), their
 * position and/or their estimated wait, and only when the position changed or the estimate moved
 * by at least {@code minChangeMs} since the caller last heard it. The caller who is next is never
 * told.
 */
public record AnnouncePolicy(long everyMs, boolean position, boolean waitTime, long minChangeMs) {

    /** No announcements. */
    public static final AnnouncePolicy NONE = new AnnouncePolicy(0, false, false, 0);

    public boolean isOn() {
        return everyMs > 0 && (position || waitTime);
    }
}
