package org.acd.simulator.theory;

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
     * Weights of the states with {@code queued} callers waiting are unimodal in {@code queued}, so
     * a first pass finds their largest logarithm and where they become negligible, a second sums them.
     */
    private Stationary stationary() {
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
        double waitingMass = 0;
        double queueMass = 0;
        log = 0.0;
        for (int queued = 0; queued <= lastQueued; queued++) {
            if (queued > 0) {
                log += logRatio(queued);
            }
            double weight = Math.exp(log - logMax);
            waitingMass += weight;
            queueMass += queued * weight;
        }
        total += waitingMass;
        return new Stationary(waitingMass / total, queueMass / total);
    }

    /** log of p(n + queued) / p(n + queued - 1). */
    private double logRatio(int queued) {
        return Math.log(lambda / (agents * mu + queued * theta));
    }

    private record Stationary(double pWait, double meanQueue) {
    }
}
