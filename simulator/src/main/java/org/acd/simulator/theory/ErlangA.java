package org.acd.simulator.theory;

import java.util.Arrays;

/**
 * The M/M/n+M queue (Erlang A): Poisson arrivals at rate {@code lambda}, {@code n} agents serving at
 * rate {@code mu}, and callers who hang up after an exponential patience of rate {@code theta}
 * (mean patience {@code 1 / theta}) unless an agent answered first; first come first served. Stable
 * at any load. With {@code theta = 0} it is Erlang C.
 *
 * <p>Computed from its birth–death representation (P. Garnett, A. Mandelbaum, M. Reiman,
 * "Designing a Call Center with Impatient Customers", <i>Manufacturing &amp; Service Operations
 * Management</i> 4(3), 2002, section 2): with {@code k} callers in the system the birth rate is
 * {@code lambda} and the death rate {@code min(k, n) mu + max(k - n, 0) theta}. The stationary
 * probabilities are built in logarithms, so no factorial overflows, and summed until they fall below
 * e^-45 of the largest. By PASTA an arriving caller waits with probability {@code P(k >= n)}; by
 * Little's law the mean wait over all callers is {@code E[Q] / lambda}, and since callers abandon at
 * rate {@code theta} each while queued, {@code P(abandon) = theta E[Q] / lambda}. Immutable.
 */
public record ErlangA(int agents, double lambda, double mu, double theta) {

    private static final double NEGLIGIBLE_LOG = -45.0;
    private static final int MAX_STATES = 100_000_000;

    public ErlangA {
        if (agents < 1 || !(lambda > 0) || !(mu > 0) || !(theta >= 0)) {
            throw new IllegalArgumentException("need at least one agent, positive rates and a patience rate of 0 or more");
        }
        if (theta == 0 && lambda >= agents * mu) {
            throw new IllegalArgumentException("without abandons the queue grows without bound at load " + lambda / mu);
        }
    }

    /** Probability that an arriving caller waits (finds every agent busy). */
    public double probabilityOfWaiting() {
        return stationary().pWait;
    }

    /** Probability that an arriving caller hangs up before an agent answers. */
    public double probabilityOfAbandoning() {
        return theta * stationary().meanQueue / lambda;
    }

    /** Mean time in queue over all callers: answered, abandoned, and those who did not wait. */
    public double meanWait() {
        return stationary().meanQueue / lambda;
    }

    /**
     * P(an agent answers within {@code thresholdTime}, the wait included, given that the caller is
     * answered): the service level as answered calls count it. See {@link AnsweredWait}.
     */
    public double serviceLevel(double thresholdTime) {
        return AnsweredWait.of(this).serviceLevel(thresholdTime);
    }

    /** Mean wait of answered callers (ASA), those answered at once included. See {@link AnsweredWait}. */
    public double meanWaitAnswered() {
        return AnsweredWait.of(this).meanWait();
    }

    /** Share of the agents' time spent serving: answered calls times the handle time, per agent. */
    public double occupancy() {
        return lambda * (1.0 - probabilityOfAbandoning()) / (agents * mu);
    }

    private Stationary stationary() {
        Sums sums = new Sums();
        visitWaitingStates(sums);
        return new Stationary(sums.pWait, sums.meanQueue);
    }

    /**
     * Element {@code j} is the stationary probability of {@code n + j} callers in the system (every
     * agent busy, {@code j} queued), up to where it becomes negligible; their sum is P(wait).
     */
    double[] waitingStateProbabilities() {
        Collected collected = new Collected();
        visitWaitingStates(collected);
        return Arrays.copyOf(collected.probabilities, collected.length);
    }

    /**
     * Hands each state with every agent busy to {@code visitor}, in order, with its stationary
     * probability, without holding them all. Weights of the states with {@code queued} callers waiting
     * are unimodal in {@code queued}, so a first pass finds their largest logarithm, where they become
     * negligible and their total, a second hands them out.
     */
    private void visitWaitingStates(WaitingStateVisitor visitor) {
        double[] busyLogs = new double[agents];
        double logMax = 0.0;
        double log = 0.0;
        for (int k = agents - 1; k >= 0; k--) {
            log += Math.log((k + 1) * mu / lambda);
            busyLogs[k] = log;
            logMax = Math.max(logMax, log);
        }
        int lastQueued = 0;
        log = 0.0;
        for (int queued = 1; queued < MAX_STATES; queued++) {
            log += logRatio(queued);
            logMax = Math.max(logMax, log);
            lastQueued = queued;
            if (log - logMax < NEGLIGIBLE_LOG) {
                break;
            }
        }
        double total = 0;
        for (double busyLog : busyLogs) {
            total += Math.exp(busyLog - logMax);
        }
        log = 0.0;
        for (int queued = 0; queued <= lastQueued; queued++) {
            if (queued > 0) {
                log += logRatio(queued);
            }
            total += Math.exp(log - logMax);
        }
        log = 0.0;
        for (int queued = 0; queued <= lastQueued; queued++) {
            if (queued > 0) {
                log += logRatio(queued);
            }
            visitor.visit(queued, Math.exp(log - logMax) / total);
        }
    }

    /** log of p(n + queued) / p(n + queued - 1). */
    private double logRatio(int queued) {
        return Math.log(lambda / (agents * mu + queued * theta));
    }

    private record Stationary(double pWait, double meanQueue) {
    }

    private interface WaitingStateVisitor {
        void visit(int queued, double probability);
    }

    private static final class Sums implements WaitingStateVisitor {
        private double pWait;
        private double meanQueue;

        @Override
        public void visit(int queued, double probability) {
            pWait += probability;
            meanQueue += queued * probability;
        }
    }

    private static final class Collected implements WaitingStateVisitor {
        private double[] probabilities = new double[64];
        private int length;

        @Override
        public void visit(int queued, double probability) {
            if (queued == probabilities.length) {
                probabilities = Arrays.copyOf(probabilities, 2 * queued);
            }
            probabilities[queued] = probability;
            length = queued + 1;
        }
    }
}
