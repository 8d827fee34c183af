package org.acd.server.demo;

/**
 * How the demo's simulated people behave, in milliseconds and chances; read on the driver thread.
 *
 * @param meanArrivalsPerSecond   Poisson arrival rate around which the load swings
 * @param arrivalSwing            how far the rate swings above and below its mean, as a fraction of it
 * @param arrivalSwingPeriodMs    one full swing, quiet to busy and back
 * @param answerMinMs             an agent's phone is answered this long after it starts ringing, at least...
 * @param answerMaxMs             ...and at most
 * @param noAnswerChance          the chance that an agent lets the phone ring out (ring-no-answer)
 * @param talkMinMs               a conversation lasts at least...
 * @param talkMaxMs               ...and at most this long
 * @param meanPatienceMs          mean of a caller's exponential patience; unanswered by then, they hang up
 * @param meanBreakIntervalMs     mean time between two agents' breaks, across the contact center
 * @param breakMinMs              a break lasts at least...
 * @param breakMaxMs              ...and at most this long
 * @param maxAgentsOnBreak        breaks wait while this many agents are on one
 * @param ronaRecoveryMinMs       an agent set not ready for not answering makes themselves ready again after at least...
 * @param ronaRecoveryMaxMs       ...and at most this long
 */
record DemoTraffic(double meanArrivalsPerSecond, double arrivalSwing, long arrivalSwingPeriodMs,
                          long answerMinMs, long answerMaxMs, double noAnswerChance,
                          long talkMinMs, long talkMaxMs, long meanPatienceMs,
                          long meanBreakIntervalMs, long breakMinMs, long breakMaxMs, int maxAgentsOnBreak,
                          long ronaRecoveryMinMs, long ronaRecoveryMaxMs) {

    /**
     * Ten agents take about one call a second (ring, 3 to 8 s of talk, 2 s wrap-up); arrivals swing
     * between 0.65 and 1.35 a second, so queues build up at the busy end and drain at the quiet end.
     */
    public static DemoTraffic retail() {
        return new DemoTraffic(1.0, 0.35, 60_000,
                500, 2_000, 0.05,
                3_000, 8_000, 15_000,
                8_000, 5_000, 12_000, 2,
                2_000, 5_000);
    }

    /** The arrival rate {@code elapsedMs} after the demo began. */
    double arrivalsPerSecondAt(long elapsedMs) {
        double phase = 2 * Math.PI * elapsedMs / arrivalSwingPeriodMs;
        return meanArrivalsPerSecond * (1 + arrivalSwing * Math.sin(phase));
    }
}
