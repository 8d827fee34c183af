package org.acd.simulator.emulator;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Trunk callers arriving as a Poisson process, with exponential patience. Deterministic for a seed. */
public final class CallerArrivals {

    private CallerArrivals() {
    }

    /**
     * {@code calls} callers at {@code perSecond} on average, each keying {@code digit}, numbered
     * from 5551000 up, holding for an exponential time of mean {@code meanPatienceMs}.
     */
    public static List<CallerPlan> poisson(long seed, double perSecond, int calls, String digit, long meanPatienceMs) {
        if (perSecond <= 0 || calls < 0 || meanPatienceMs <= 0) {
            throw new IllegalArgumentException("arrivals: perSecond and meanPatienceMs must be positive, calls >= 0");
        }
        SplittableRandom random = new SplittableRandom(seed);
        List<CallerPlan> plans = new ArrayList<>(calls);
        double atMs = 0;
        for (int n = 0; n < calls; n++) {
            atMs += exponential(random, 1000.0 / perSecond);
            plans.add(new CallerPlan((long) atMs, Integer.toString(5551000 + n), "100", digit,
                    Math.max(1, (long) exponential(random, meanPatienceMs))));
        }
        return plans;
    }

    private static double exponential(SplittableRandom random, double mean) {
        return -mean * Math.log(1 - random.nextDouble());
    }
}
