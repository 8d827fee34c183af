package org.acd.simulator.theory;

/**
 * The M/M/n queue (Erlang C): Poisson arrivals at rate {@code lambda}, {@code n} agents each
 * serving at rate {@code mu} (exponential handle times), callers who never hang up, first come
 * first served. Rates are per any one time unit; waits come out in that unit.
 *
 * <p>The probability of waiting comes from Erlang B by its recursion
 * {@code B(0) = 1, B(k) = a B(k-1) / (k + a B(k-1))}, which stays within [0, 1] for any load, and
 * {@code C = n B / (n - a (1 - B))}; the mean wait is {@code C / (n mu - lambda)}. Both are the
 * textbook results, as is the service level {@code P(W <= t) = 1 - C e^(-(n mu - lambda) t)}, e.g.
 * R. B. Cooper, <i>Introduction to Queueing Theory</i>, 2nd ed. (1981),
 * sections 3.5 and 3.6. Immutable.
 */
public record ErlangC(int agents, double lambda, double mu) {

    public ErlangC {
        if (agents < 1 || !(lambda > 0) || !(mu > 0)) {
            throw new IllegalArgumentException("need at least one agent and positive rates");
        }
        if (lambda >= agents * mu) {
            throw new IllegalArgumentException("the queue grows without bound: offered load " + lambda / mu
                    + " is not below " + agents + " agents");
        }
    }

    /** Offered load in Erlangs. */
    public double load() {
        return lambda / mu;
    }

    /** Erlang B: the blocking probability of the same system without a queue. */
    public double erlangB() {
        double b = 1.0;
        for (int k = 1; k <= agents; k++) {
            b = load() * b / (k + load() * b);
        }
        return b;
    }

    /** Probability that an arriving caller waits (finds every agent busy). */
    public double probabilityOfWaiting() {
        double b = erlangB();
        return agents * b / (agents - load() * (1.0 - b));
    }

    /** Mean wait over all callers, those who do not wait included. */
    public double meanWait() {
        return probabilityOfWaiting() / (agents * mu - lambda);
    }

    /** Probability that a caller waits at most {@code thresholdTime} (every caller is answered). */
    public double serviceLevel(double thresholdTime) {
        return 1.0 - probabilityOfWaiting() * Math.exp(-(agents * mu - lambda) * thresholdTime);
    }
}
