package org.acd.simulator.staffing;

/**
 * What queueing theory predicts for a workload with a given number of agents. Immutable.
 *
 * @param agents               agents logged in and taking calls
 * @param probabilityOfWaiting share of callers who find every agent busy
 * @param serviceLevel         share of answered calls answered within the target's threshold
 *                             (NaN when the target has none)
 * @param abandonRate          share of callers who hang up before an answer (0 without patience)
 * @param asaSeconds           average speed of answer: mean wait of answered calls
 * @param occupancy            share of the agents' time spent on calls
 */
public record StaffingFigures(int agents, double probabilityOfWaiting, double serviceLevel, double abandonRate,
                              double asaSeconds, double occupancy) {
}
