package org.acd.simulator.staffing;

import org.acd.simulator.theory.AnsweredWait;
import org.acd.simulator.theory.ErlangA;
import org.acd.simulator.theory.ErlangC;

/**
 * The fewest agents that meet a {@link StaffingTarget} for a {@link Workload}, by Erlang A (the
 * M/M/n+M queue), which is Erlang C when callers never hang up. Called by {@code acd staffing} and
 * by tests, on the caller's thread; stateless. Without patience the figures are Erlang C's closed
 * forms, which stay cheap right above the load where the queue's states reach far.
 *
 * <p>In both models the service level rises and the abandon rate falls as agents are added, so the
 * smallest sufficient number is found by doubling an upper bound and bisecting below it. Erlang C
 * has no steady state at or below the offered load, so its search starts above it.
 */
public final class StaffingCalculator {

    /** Beyond this the target is taken as unreachable rather than searched for ever. */
    public static final int MAX_AGENTS = 1_000_000;

    private StaffingCalculator() {
    }

    /**
     * The figures of the fewest agents that meet {@code target}.
     *
     * @throws IllegalArgumentException if even {@value #MAX_AGENTS} agents would not meet it
     */
    public static StaffingFigures staff(Workload workload, StaffingTarget target) {
        int fewest = workload.abandons() ? 1 : fewestStable(workload);
        StaffingFigures atFewest = figures(workload, fewest, target);
        if (target.isMetBy(atFewest)) {
            return atFewest;
        }
        int tooFew = fewest;
        int enough = Math.max(fewest + 1, (int) Math.ceil(workload.erlangs()) + 1);
        StaffingFigures atEnough = figures(workload, enough, target);
        while (!target.isMetBy(atEnough)) {
            if (enough >= MAX_AGENTS) {
                throw new IllegalArgumentException("no staffing up to " + MAX_AGENTS + " agents meets " + target);
            }
            tooFew = enough;
            enough = (int) Math.min(MAX_AGENTS, 2L * enough);
            atEnough = figures(workload, enough, target);
        }
        while (enough - tooFew > 1) {
            int middle = tooFew + (enough - tooFew) / 2;
            StaffingFigures atMiddle = figures(workload, middle, target);
            if (target.isMetBy(atMiddle)) {
                enough = middle;
                atEnough = atMiddle;
            } else {
                tooFew = middle;
            }
        }
        return atEnough;
    }

    /** Erlang C's fewest agents above the load, tested as {@link ErlangA} tests it, so rounding cannot differ. */
    private static int fewestStable(Workload workload) {
        int agents = Math.max(1, (int) Math.floor(workload.erlangs()));
        while (workload.callsPerSecond() >= agents * serviceRate(workload)) {
            agents++;
        }
        return agents;
    }

    private static double serviceRate(Workload workload) {
        return 1.0 / workload.handleSeconds();
    }

    /**
     * What {@code agents} achieve on {@code workload}; the service level at the target's threshold.
     *
     * @throws IllegalArgumentException without patience at or above full load (no steady state)
     */
    public static StaffingFigures figures(Workload workload, int agents, StaffingTarget target) {
        if (!workload.abandons()) {
            return erlangCFigures(workload, agents, target);
        }
        double theta = 1.0 / workload.patienceSeconds();
        ErlangA queue = new ErlangA(agents, workload.callsPerSecond(), serviceRate(workload), theta);
        AnsweredWait answered = AnsweredWait.of(queue);
        double serviceLevel = target.hasServiceLevel() ? answered.serviceLevel(target.thresholdSeconds()) : Double.NaN;
        return new StaffingFigures(agents, queue.probabilityOfWaiting(), serviceLevel, queue.probabilityOfAbandoning(),
                answered.meanWait(), queue.occupancy());
    }

    /** Erlang C's closed forms: every caller is answered, so the mean wait is the ASA. */
    private static StaffingFigures erlangCFigures(Workload workload, int agents, StaffingTarget target) {
        ErlangC queue = new ErlangC(agents, workload.callsPerSecond(), serviceRate(workload));
        double serviceLevel = target.hasServiceLevel() ? queue.serviceLevel(target.thresholdSeconds()) : Double.NaN;
        return new StaffingFigures(agents, queue.probabilityOfWaiting(), serviceLevel, 0.0, queue.meanWait(),
                workload.callsPerSecond() / (agents * serviceRate(workload)));
    }
}
