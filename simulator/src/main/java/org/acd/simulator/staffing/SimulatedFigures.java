package org.acd.simulator.staffing;

import org.acd.simulator.theory.ReplicationEstimate;

/**
 * What the real engine achieved in simulation with a number of agents: each KPI as the mean of
 * independent replications with its 99% confidence interval. Immutable.
 *
 * @param agents       agents logged in throughout
 * @param calls        calls counted over all replications (after each one's warm-up)
 * @param serviceLevel answered within the target's threshold / answered; NaN when the target has no service level
 * @param abandonRate  abandoned / offered (no call counts as a short abandon)
 * @param asaSeconds   mean wait of answered calls
 */
public record SimulatedFigures(int agents, long calls, ReplicationEstimate serviceLevel,
                               ReplicationEstimate abandonRate, ReplicationEstimate asaSeconds) {

    /** Whether the simulated means meet every part of {@code target}. */
    public boolean meets(StaffingTarget target) {
        return (!target.hasServiceLevel() || serviceLevel.mean() >= target.serviceLevel())
                && (!target.hasMaxAbandonRate() || abandonRate.mean() <= target.maxAbandonRate());
    }
}
