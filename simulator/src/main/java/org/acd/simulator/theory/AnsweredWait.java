package org.acd.simulator.theory;

/**
 * The waiting time of answered callers in the M/M/n+M queue of an {@link ErlangA}: the service level
 * (P(wait at most T | answered)) and the ASA (mean wait | answered). With no patience it is Erlang C.
 * Built by {@link ErlangA#serviceLevel} and {@link ErlangA#meanWaitAnswered}, or by staffing code that
 * wants both from one stationary distribution; immutable, any thread.
 *
 * <p>The law is that of A. Mandelbaum, S. Zeltyn, "The M/M/n+G queue: summary of performance
 * measures" (Technion, 2009), section "exponential patience", derived here from the birth–death chain
 * so that it is computed without special functions. By PASTA a caller finds {@code n + j} callers in
 * the system with the stationary probability {@code p(j)} ({@code j >= 0} queued ahead of it; fewer
 * than {@code n} and it is answered at once). With {@code i} callers ahead, the line moves at rate
 * {@code r(i) = n mu + i theta} (an agent frees up or one of those ahead hangs up) and the caller
 * itself hangs up at rate {@code theta}; at {@code i = 0} a move is the answer. The time spent at
 * each position is exponential of rate {@code r(i) + theta} and independent of how it ends, so:
 * <ul>
 *   <li>{@code P(answered | j) = prod_{i=0..j} r(i) / (r(i) + theta)};</li>
 *   <li>given answered, the wait is the sum of independent exponentials of rates
 *       {@code r(i) + theta = n mu + (i + 1) theta}, {@code i = 0..j}: mean
 *       {@code sum 1 / (r(i) + theta)} (equivalently {@code -ln(B) / theta} with
 *       {@code B ~ Beta(n mu / theta + 1, j + 1)}, the incomplete-beta form).</li>
 * </ul>
 * P(answered within T) sums those sums' distribution functions weighted by
 * {@code p(j) P(answered | j)}. That mixture is the absorption time of a pure-death chain started in
 * {@code j} with those weights, computed by uniformization (W. K. Grassmann, "Transient solutions in
 * Markovian queueing systems", Computers &amp; Operations Research 4, 1977): with
 * {@code L = max rate}, the chain absorbed after {@code k} jumps of the discrete chain
 * {@code I + Q / L}, weighted by Poisson({@code L T}) probabilities of {@code k}, which are all
 * non-negative, so no cancellation. Exact up to the truncation of the Poisson tail below 1e-18.
 */
public final class AnsweredWait {

    private static final double NEGLIGIBLE_WEIGHT = 1e-18;

    private final double servingRate;
    private final double theta;
    private final double answeredAtOnce;
    /** Element j: P(caller finds j queued ahead and is answered). */
    private final double[] answeredFrom;
    private final double answered;
    private final double meanWait;

    private AnsweredWait(ErlangA queue) {
        servingRate = queue.agents() * queue.mu();
        theta = queue.theta();
        double[] waiting = queue.waitingStateProbabilities();
        double pWait = 0;
        for (double p : waiting) {
            pWait += p;
        }
        answeredAtOnce = 1.0 - pWait;
        answeredFrom = new double[waiting.length];
        double answeredSum = answeredAtOnce;
        double waitSum = 0;
        double reachesAnswer = 1.0;
        double meanGivenAnswered = 0;
        for (int j = 0; j < waiting.length; j++) {
            double stageRate = stageRate(j);
            reachesAnswer *= (stageRate - theta) / stageRate;
            meanGivenAnswered += 1.0 / stageRate;
            answeredFrom[j] = waiting[j] * reachesAnswer;
            answeredSum += answeredFrom[j];
            waitSum += answeredFrom[j] * meanGivenAnswered;
        }
        answered = answeredSum;
        meanWait = waitSum / answeredSum;
    }

    /** The answered callers' waits in {@code queue}. */
    public static AnsweredWait of(ErlangA queue) {
        return new AnsweredWait(queue);
    }

    /** P(an arriving caller is answered); 1 - P(abandon) up to the truncation of the queue. */
    public double probabilityAnswered() {
        return answered;
    }

    /** Mean wait of answered callers in the rates' time unit, zero waits included (ASA). */
    public double meanWait() {
        return meanWait;
    }

    /** P(wait at most {@code thresholdTime} | answered), the threshold in the rates' time unit. */
    public double serviceLevel(double thresholdTime) {
        if (!(thresholdTime >= 0)) {
            throw new IllegalArgumentException("the threshold must be 0 or more, not " + thresholdTime);
        }
        // Rounding in the long sums can carry a level of one a few ulps above it.
        return Math.min(1.0, (answeredAtOnce + answeredAfterWaitingWithin(thresholdTime)) / answered);
    }

    /** Rate of leaving the position with {@code ahead} callers ahead: the line moves or the caller leaves. */
    private double stageRate(int ahead) {
        return servingRate + (ahead + 1) * theta;
    }

    private double answeredAfterWaitingWithin(double thresholdTime) {
        int positions = answeredFrom.length;
        double uniformRate = stageRate(positions - 1);
        double[] mass = answeredFrom.clone();
        double meanJumps = uniformRate * thresholdTime;
        double logWeight = -meanJumps;
        double absorbed = 0;
        double result = 0;
        for (int k = 0; ; k++) {
            if (k > 0) {
                logWeight += Math.log(meanJumps / k);
                absorbed += step(mass, uniformRate);
            }
            double weight = Math.exp(logWeight);
            result += weight * absorbed;
            if (k > meanJumps && weight < NEGLIGIBLE_WEIGHT) {
                return result;
            }
        }
    }

    /** One jump of the uniformized chain; returns the mass answered by it. */
    private double step(double[] mass, double uniformRate) {
        double answeredNow = mass[0] * stageRate(0) / uniformRate;
        for (int i = 0; i < mass.length; i++) {
            double leaving = stageRate(i) / uniformRate;
            double arriving = i + 1 < mass.length ? mass[i + 1] * stageRate(i + 1) / uniformRate : 0.0;
            mass[i] = mass[i] * (1.0 - leaving) + arriving;
        }
        return answeredNow;
    }
}
