package org.acd.server.demo;

import org.acd.simulator.emulator.AgentHabits;

/**
 * How the demo's simulated people behave, in milliseconds and chances: the callers the demo places
 * on the emulated trunk, and the agents at the emulated phones.
 *
 * @param meanArrivalsPerSecond  Poisson arrival rate around which the load swings
 * @param arrivalSwing           how far the rate swings above and below its mean, as a fraction of it
 * @param arrivalSwingPeriodMs   one full swing, quiet to busy and back
 * @param meanPatienceMs         mean of a caller's exponential patience; unanswered by then, they hang up
 * @param callerTalkMinMs        a caller hangs up this long after being connected, at least...
 * @param callerTalkMaxMs        ...and at most, unless the agent hangs up first
 * @param agents                 how the agents answer, talk, let rings go and take breaks
 */
record DemoTraffic(double meanArrivalsPerSecond, double arrivalSwing, long arrivalSwingPeriodMs,
                   long meanPatienceMs, long callerTalkMinMs, long callerTalkMaxMs, AgentHabits agents) {

    /**
     * Ten agents take about one call a second (ring, 3 to 8 s of talk ended by whoever hangs up
     * first, 2 s wrap-up, breaks); arrivals swing between 0.65 and 1.35 a second, so queues build
     * up at the busy end and drain at the quiet end.
     */
    static DemoTraffic retail() {
        return new DemoTraffic(1.0, 0.35, 60_000, 15_000, 3_000, 8_000,
                new AgentHabits(500, 2_000, 0.05, 3_000, 8_000, 2_000, 5_000, 80_000, 5_000, 12_000));
    }

    /** The arrival rate {@code elapsedMs} after the demo began. */
    double arrivalsPerSecondAt(long elapsedMs) {
        double phase = 2 * Math.PI * elapsedMs / arrivalSwingPeriodMs;
        return meanArrivalsPerSecond * (1 + arrivalSwing * Math.sin(phase));
    }
}
