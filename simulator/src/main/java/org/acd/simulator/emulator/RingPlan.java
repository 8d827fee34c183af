package org.acd.simulator.emulator;

/**
 * How each ring of an agent's phone goes, where the phone's standing {@link PhoneBehaviour} is not
 * enough: a load test draws every ring's answer delay, talk time and whether the agent answers at
 * all, and has an agent whose phone rang without a conversation key ready ({@code *74}) again, as
 * agents do after a ring-no-answer. Called on the switch thread.
 */
public interface RingPlan {

    /** Every ring as the phone's standing behaviour says; agents never key ready by themselves. */
    RingPlan STANDING = (device, standing) -> standing;

    /**
     * This ring's behaviour. Whether the phone is reachable stays the standing behaviour's.
     *
     * @param device   the phone rung, e.g. {@code PJSIP/agent1}
     * @param standing how the phone's own user takes this ring: its standing behaviour, or the draw
     *                 of the emulated agent at it
     */
    PhoneBehaviour ring(String device, PhoneBehaviour standing);

    /**
     * How long after a leg that ended without a conversation (unanswered, cancelled, or let go by the
     * ACD after the answer) the phone's agent dials the ready feature code; negative for never. The
     * default is never.
     */
    default long readyAgainAfterMs(String device) {
        return -1;
    }
}
