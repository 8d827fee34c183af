package org.acd.simulator.load;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.acd.simulator.emulator.CallerPlan;

/** The trunk callers of a {@link LoadProfile}, drawn up front. Deterministic for the profile's seed. */
public final class LoadCallers {

    /** The number the callers dial, as the dialplan's {@code from-trunk} sees it. */
    static final String DIALLED = "100";
    private static final long FIRST_NUMBER = 5_551_000L;

    private LoadCallers() {
    }

    /** Callers numbered from 5551000 up, in arrival order. */
    public static List<CallerPlan> draw(LoadProfile profile) {
        SplittableRandom random = new SplittableRandom(profile.seed());
        List<CallerPlan> callers = new ArrayList<>();
        double atMs = 0;
        for (long n = 0; n < profile.maxCalls(); n++) {
            atMs += 1000.0 / profile.perSecond() * -Math.log(1.0 - random.nextDouble());
            if (atMs >= profile.durationMs()) {
                break;
            }
            String digit = profile.digits().get(random.nextInt(profile.digits().size()));
            callers.add(new CallerPlan((long) atMs, Long.toString(FIRST_NUMBER + n), DIALLED, digit,
                    Math.max(1, profile.patience().sampleMs(random))));
        }
        return callers;
    }
}
