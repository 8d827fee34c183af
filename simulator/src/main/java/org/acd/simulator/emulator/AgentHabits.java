package org.acd.simulator.emulator;

/**
 * How the agents at emulated phones behave: each ring is picked up after a uniform delay, or now
 * and then left to ring; a conversation lasts a uniform time before the agent hangs up; an agent
 * who let a phone ring out dials ready ({@code *74}) again a little later; now and then an agent
 * takes a break (pause, {@code *73}, then {@code *74}). Times in milliseconds.
 *
 * @param answerMinMs         a ringing phone is picked up this long after it starts ringing, at least...
 * @param answerMaxMs         ...and at most
 * @param noAnswerChance      the chance that a ring is left unanswered (the ACD's ring-no-answer)
 * @param talkMinMs           the agent hangs up this long after the bridge, at least...
 * @param talkMaxMs           ...and at most
 * @param backAfterMissMinMs  after a ring left unanswered, the agent dials ready after at least...
 * @param backAfterMissMaxMs  ...and at most this long
 * @param meanBreakEveryMs    mean time between one agent's breaks (exponential), 0 for none
 * @param breakMinMs          a break lasts at least...
 * @param breakMaxMs          ...and at most this long
 */
public record AgentHabits(long answerMinMs, long answerMaxMs, double noAnswerChance, long talkMinMs, long talkMaxMs,
                          long backAfterMissMinMs, long backAfterMissMaxMs, long meanBreakEveryMs, long breakMinMs,
                          long breakMaxMs) {

    public AgentHabits {
        if (answerMinMs < 0 || answerMaxMs < answerMinMs || talkMinMs < 0 || talkMaxMs < talkMinMs
                || backAfterMissMinMs < 0 || backAfterMissMaxMs < backAfterMissMinMs || meanBreakEveryMs < 0
                || breakMinMs < 0 || breakMaxMs < breakMinMs) {
            throw new IllegalArgumentException("agent habits: every minimum must be 0 or more and at most its maximum,"
                    + " the break interval 0 or more: " + this);
        }
        if (noAnswerChance < 0 || noAnswerChance > 1) {
            throw new IllegalArgumentException("agent habits: noAnswerChance must be between 0 and 1, not "
                    + noAnswerChance);
        }
    }
}
