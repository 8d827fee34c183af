package org.acd.simulator.load;

import java.util.SplittableRandom;
import org.acd.simulator.emulator.PhoneBehaviour;
import org.acd.simulator.emulator.RingPlan;

/**
 * Each ring of an agent's phone drawn from a {@link LoadProfile}: unanswered with the profile's
 * no-answer probability, else answered after a drawn delay, with a drawn talk time. Called on the
 * emulator's switch thread only, which keeps the draws in one deterministic sequence per run.
 */
final class DrawnRings implements RingPlan {

    private final LoadProfile profile;
    private final SplittableRandom random;

    DrawnRings(LoadProfile profile) {
        this.profile = profile;
        this.random = new SplittableRandom(profile.seed()).split();
    }

    @Override
    public PhoneBehaviour ring(String device, PhoneBehaviour standing) {
        if (random.nextDouble() < profile.noAnswerProbability()) {
            return new PhoneBehaviour(standing.reachable(), false, 0, 0);
        }
        return new PhoneBehaviour(standing.reachable(), true, profile.answerDelay().sampleMs(random),
                Math.max(1, profile.handleTime().sampleMs(random)));
    }

    @Override
    public long readyAgainAfterMs(String device) {
        return profile.readyAgainMs();
    }
}
