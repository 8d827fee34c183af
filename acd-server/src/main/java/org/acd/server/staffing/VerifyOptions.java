package org.acd.server.staffing;

import java.util.SplittableRandom;
import org.acd.simulator.staffing.StaffingFigures;
import org.acd.simulator.staffing.StaffingTarget;
import org.acd.simulator.staffing.StaffingVerifier;
import org.acd.simulator.staffing.Verification;
import org.acd.simulator.staffing.Workload;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * {@code acd staffing}'s options for checking each recommendation by simulation on the real engine
 * ({@code --verify}, {@code --seed}, {@code --verify-calls}), and the check itself. A picocli mixin;
 * main thread.
 */
final class VerifyOptions {

    @Option(names = "--verify", description = "Check each interval's staffing by simulating it on the real routing "
            + "engine (Poisson arrivals, exponential handle times and patience, as Erlang A assumes) and print the "
            + "simulated service level, abandon rate and ASA with 99%% confidence intervals; where the simulation "
            + "misses the target, one more agent is simulated too.")
    boolean verify;

    @Option(names = "--seed", paramLabel = "N", description = "Seed of --verify's random draws (default: 1).")
    Long seed;

    @Option(names = "--verify-calls", paramLabel = "N",
            description = "Calls simulated per interval by --verify, over 10 replications (default: 100000, about "
                    + "±1 point on the service level).")
    Long calls;

    private SplittableRandom intervalSeeds;

    /** Fails on options that only make sense with {@code --verify}, or on too few calls. */
    void check(StaffingCommand command, boolean csv) {
        if (!verify && (seed != null || calls != null)) {
            throw new ParameterException(command.commandLine(), (seed != null ? "--seed" : "--verify-calls")
                    + " is for --verify; add --verify to check the staffing by simulation");
        }
        if (verify && csv) {
            throw new ParameterException(command.commandLine(), "--verify prints as a table or with --json; "
                    + "--csv holds the theory's figures only");
        }
        if (calls != null && calls < StaffingVerifier.MIN_CALLS) {
            throw new ParameterException(command.commandLine(), "--verify-calls '" + calls + "': expected at least "
                    + StaffingVerifier.MIN_CALLS + " (10 replications of 1000 calls)");
        }
    }

    long callsOrDefault() {
        return calls == null ? StaffingVerifier.DEFAULT_CALLS : calls;
    }

    long seedOrDefault() {
        return seed == null ? 1 : seed;
    }

    /**
     * The simulated check of {@code figures} on {@code workload}, or null without {@code --verify}.
     * Each interval gets seeds of its own, drawn in turn from {@code --seed}, so that one run's luck
     * does not tilt every row the same way.
     */
    Verification verify(Workload workload, StaffingTarget target, StaffingFigures figures) {
        if (!verify) {
            return null;
        }
        if (intervalSeeds == null) {
            intervalSeeds = new SplittableRandom(seedOrDefault());
        }
        return StaffingVerifier.verify(workload, target, figures.agents(), callsOrDefault(), intervalSeeds.nextLong());
    }
}
