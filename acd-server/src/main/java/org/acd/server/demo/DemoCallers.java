package org.acd.server.demo;

import java.util.Iterator;
import java.util.Random;
import org.acd.simulator.emulator.CallerPlan;

/**
 * The demo's endless stream of trunk callers for the emulator: Poisson arrivals whose rate swings
 * between quiet and busy, each caller with a caller number of its tier, what it keys in the IVR,
 * an exponential patience and a talk time of its own. Used on the emulator's switch thread.
 */
final class DemoCallers implements Iterator<CallerPlan> {

    /** The number the trunk callers dial. */
    private static final String SHOP_NUMBER = "100";

    private final DemoTraffic traffic;
    private final CallMix mix;
    private final Random random;
    private double atMs;

    DemoCallers(DemoTraffic traffic, CallMix mix, long seed) {
        this.traffic = traffic;
        this.mix = mix;
        this.random = new Random(seed);
    }

    @Override
    public boolean hasNext() {
        return true;
    }

    @Override
    public CallerPlan next() {
        atMs += exponential(1_000 / traffic.arrivalsPerSecondAt((long) atMs));
        long patienceMs = Math.max(1, Math.round(exponential(traffic.meanPatienceMs())));
        long talkMs = traffic.callerTalkMinMs()
                + (long) (random.nextDouble() * (traffic.callerTalkMaxMs() - traffic.callerTalkMinMs() + 1));
        CallMix.Caller caller = mix.pick(random);
        return new CallerPlan((long) atMs, caller.number(), SHOP_NUMBER, caller.keys(), patienceMs, talkMs);
    }

    /** Exponentially distributed, as waits between Poisson arrivals and callers' patience are. */
    private double exponential(double mean) {
        return -mean * Math.log(1 - random.nextDouble());
    }
}
