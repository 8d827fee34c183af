package org.acd.supervisor;

/**
 * When a queue's longest wait turns the wallboard yellow, then red.
 *
 * @param warnMs  yellow from here
 * @param alarmMs red from here
 */
record WaitThresholds(long warnMs, long alarmMs) {

    static final WaitThresholds DEFAULT = new WaitThresholds(30_000, 60_000);

    /** The colour code for a wait, or null when it needs none. */
    String colorFor(long waitMs) {
        if (waitMs >= alarmMs) {
            return Ansi.RED;
        }
        return waitMs >= warnMs ? Ansi.YELLOW : null;
    }
}
