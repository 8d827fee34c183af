package org.acd.simulator.load;

import java.util.List;
import org.acd.simulator.scenario.Distribution;

/**
 * The traffic of one load run, in the terms of a scenario: Poisson arrivals at {@code perSecond}
 * until {@code durationMs} has passed or {@code maxCalls} have arrived, whichever comes first; each
 * caller keys one of {@code digits} at random and holds for a patience drawn from {@code patience};
 * each ring of an agent's phone is answered after {@code answerDelay} unless it is one of the
 * {@code noAnswerProbability} share that rings unanswered, and the agent talks for {@code handleTime}.
 * An agent whose phone rang unanswered keys ready again after {@code readyAgainMs}.
 *
 * @param seed the random draws' seed: the same seed gives the same callers and the same rings
 */
public record LoadProfile(double perSecond, long durationMs, long maxCalls, List<String> digits,
                          Distribution patience, Distribution handleTime, Distribution answerDelay,
                          double noAnswerProbability, long readyAgainMs, long seed) {

    public LoadProfile {
        digits = List.copyOf(digits);
        if (!(perSecond > 0) || Double.isInfinite(perSecond)) {
            throw new IllegalArgumentException("rate: " + perSecond + " calls per second; give a rate above 0");
        }
        if (durationMs <= 0 || maxCalls <= 0) {
            throw new IllegalArgumentException("length: the duration and the number of calls must both be above 0");
        }
        if (digits.isEmpty()) {
            throw new IllegalArgumentException("digits: the callers need at least one menu digit to key");
        }
        if (handleTime instanceof Distribution.Never || answerDelay instanceof Distribution.Never) {
            throw new IllegalArgumentException("handle time and answer delay: 'none' would never end a call;"
                    + " use exponential, lognormal or fixed");
        }
        if (!(noAnswerProbability >= 0 && noAnswerProbability < 1)) {
            throw new IllegalArgumentException("no-answer probability: " + noAnswerProbability
                    + " is not in [0, 1)");
        }
        if (readyAgainMs < 0) {
            throw new IllegalArgumentException("ready again after: " + readyAgainMs + " ms is negative");
        }
    }
}
