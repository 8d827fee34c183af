package org.acd.simulator.staffing;

import java.util.Optional;
import java.util.SplittableRandom;
import org.acd.core.reporting.KpiReport;
import org.acd.simulator.theory.ReplicationEstimate;
import org.acd.simulator.virtual.Simulator;

/**
 * Checks a staffing by simulating it on the real engine: the workload as Erlang A assumes it (see
 * {@link WorkloadScenario}), {@value ReplicationEstimate#REPLICATIONS} independent replications,
 * each with its own warm-up, so that every KPI comes with a 99% confidence interval. When the
 * simulated means miss the target, one more agent is simulated on the same seeds (common random
 * numbers: the callers' draws do not change with the staffing).
 *
 * <p>{@link #DEFAULT_CALLS} is 100,000 calls in all (10,000 a replication): at the service levels
 * targets ask for (70 to 95%) the 99% interval of the service level is then about ±1 percentage
 * point and that of an abandon rate of a few percent about ±0.3, tight enough to tell a miss of a
 * point from noise, at one to two seconds of wall time per interval. Called by
 * {@code acd staffing --verify} and tests on the caller's thread; stateless.
 */
public final class StaffingVerifier {

    public static final long DEFAULT_CALLS = 100_000;
    /** Fewer calls per replication make the warm-up's and the replication's own noise dominate. */
    public static final long MIN_CALLS = 1_000L * ReplicationEstimate.REPLICATIONS;

    private StaffingVerifier() {
    }

    /**
     * Simulates {@code agents} on {@code workload} with {@code calls} calls in all, seeded from
     * {@code seed}, and one more agent if the target is missed.
     *
     * @throws IllegalArgumentException if {@code calls} is below {@link #MIN_CALLS}
     */
    public static Verification verify(Workload workload, StaffingTarget target, int agents, long calls, long seed) {
        if (calls < MIN_CALLS) {
            throw new IllegalArgumentException("a verification needs at least " + MIN_CALLS + " calls, not " + calls);
        }
        long[] seeds = replicationSeeds(seed);
        SimulatedFigures staffed = simulate(workload, target, agents, calls, seeds);
        if (staffed.meets(target)) {
            return new Verification(staffed, Optional.empty());
        }
        return new Verification(staffed, Optional.of(simulate(workload, target, agents + 1, calls, seeds)));
    }

    /** What {@code agents} achieve on {@code workload} over the replications seeded by {@code seeds}. */
    static SimulatedFigures simulate(Workload workload, StaffingTarget target, int agents, long calls, long[] seeds) {
        long perReplication = calls / seeds.length;
        double[] serviceLevels = new double[seeds.length];
        double[] abandonRates = new double[seeds.length];
        double[] asas = new double[seeds.length];
        long counted = 0;
        for (int r = 0; r < seeds.length; r++) {
            KpiReport kpis = Simulator.run(WorkloadScenario.of(workload, agents, target.thresholdSeconds(),
                    perReplication, seeds[r])).kpis().overall();
            serviceLevels[r] = kpis.serviceLevel();
            abandonRates[r] = kpis.abandonRate();
            asas[r] = kpis.asaSeconds();
            counted += kpis.offered();
        }
        ReplicationEstimate serviceLevel = target.hasServiceLevel() ? ReplicationEstimate.of(serviceLevels)
                : new ReplicationEstimate(Double.NaN, Double.NaN);
        return new SimulatedFigures(agents, counted, serviceLevel, ReplicationEstimate.of(abandonRates),
                ReplicationEstimate.of(asas));
    }

    private static long[] replicationSeeds(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        long[] seeds = new long[ReplicationEstimate.REPLICATIONS];
        for (int r = 0; r < seeds.length; r++) {
            seeds[r] = random.nextLong();
        }
        return seeds;
    }
}
