package org.acd.simulator.staffing;

/**
 * What one interval asks of the agents: Poisson arrivals, exponential handle times and, unless
 * {@code patienceSeconds} is infinite (callers never hang up: Erlang C), exponential patience.
 * Immutable.
 *
 * @param callsPerSecond  arrival rate
 * @param handleSeconds   mean handle time (talk plus after-call work)
 * @param patienceSeconds mean patience, or {@link Double#POSITIVE_INFINITY} for none
 */
public record Workload(double callsPerSecond, double handleSeconds, double patienceSeconds) {

    public static final double NO_ABANDONS = Double.POSITIVE_INFINITY;

    public Workload {
        if (!(callsPerSecond > 0) || Double.isInfinite(callsPerSecond)) {
            throw new IllegalArgumentException("the arrival rate must be positive, not " + callsPerSecond);
        }
        if (!(handleSeconds > 0) || Double.isInfinite(handleSeconds)) {
            throw new IllegalArgumentException("the mean handle time must be positive, not " + handleSeconds);
        }
        if (!(patienceSeconds > 0)) {
            throw new IllegalArgumentException("the mean patience must be positive, not " + patienceSeconds);
        }
    }

    /** {@code calls} spread evenly over {@code intervalSeconds}. */
    public static Workload perInterval(double calls, double intervalSeconds, double handleSeconds,
                                       double patienceSeconds) {
        return new Workload(calls / intervalSeconds, handleSeconds, patienceSeconds);
    }

    /** Offered load in Erlangs: the agents busy on average if nobody abandoned. */
    public double erlangs() {
        return callsPerSecond * handleSeconds;
    }

    public boolean abandons() {
        return patienceSeconds != NO_ABANDONS;
    }
}
