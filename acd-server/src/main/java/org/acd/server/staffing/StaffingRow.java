package org.acd.server.staffing;

import org.acd.simulator.staffing.StaffingFigures;
import org.acd.simulator.staffing.Verification;

/**
 * One line of {@code acd staffing}'s answer: an interval's workload and what it needs. Immutable.
 *
 * @param intervalStart   the forecast's interval start, or {@code -} for a single workload
 * @param calls           expected calls in the interval
 * @param handleSeconds   mean handle time
 * @param patienceSeconds mean patience, infinite for none
 * @param figures         the fewest agents and their figures; null when no calls are expected
 * @param scheduled       agents to schedule so that {@code figures.agents()} are on the phones after shrinkage
 * @param verification    the staffing checked by simulation; null without {@code --verify} or calls
 */
record StaffingRow(String intervalStart, double calls, double handleSeconds, double patienceSeconds,
                   StaffingFigures figures, int scheduled, Verification verification) {

    int agents() {
        return figures == null ? 0 : figures.agents();
    }
}
