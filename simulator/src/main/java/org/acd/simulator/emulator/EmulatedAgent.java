package org.acd.simulator.emulator;

import java.util.SplittableRandom;

/**
 * The agent at one emulated phone, acting as {@link AgentHabits} say: logs in with {@code *71},
 * picks up rings after a moment or now and then lets one ring, dials {@code *74} a little after
 * letting a ring go (the ACD has set them not ready for it), and takes breaks ({@code *73}, then
 * {@code *74}) when the phone is idle. Used on the switch thread only.
 */
final class EmulatedAgent implements PhoneUser {

    private enum Presence { AT_DESK, AWAY }

    private final EmulatedSwitch sw;
    private final String device;
    private final AgentHabits habits;
    private final SplittableRandom random;
    private Presence presence = Presence.AT_DESK;
    private boolean lettingThisRingGo;
    /** Rings since the last one let go: if the ACD rang again, it did not take the agent for away. */
    private long ringsSinceLetGo;

    EmulatedAgent(EmulatedSwitch sw, String device, AgentHabits habits, SplittableRandom random) {
        this.sw = sw;
        this.device = device;
        this.habits = habits;
        this.random = random;
    }

    String device() {
        return device;
    }

    /** Dials the login code and starts the agent's breaks. */
    void logIn() {
        sw.dialFeature(device, FeatureCode.LOGIN);
        scheduleNextBreak();
    }

    @Override
    public PhoneBehaviour nextRing() {
        ringsSinceLetGo++;
        lettingThisRingGo = random.nextDouble() < habits.noAnswerChance();
        if (lettingThisRingGo) {
            return PhoneBehaviour.neverAnswering();
        }
        return PhoneBehaviour.answering(uniform(habits.answerMinMs(), habits.answerMaxMs()),
                uniform(habits.talkMinMs(), habits.talkMaxMs()));
    }

    @Override
    public void ringStopped() {
        if (!lettingThisRingGo || presence != Presence.AT_DESK) {
            return;
        }
        presence = Presence.AWAY;
        ringsSinceLetGo = 0;
        sw.after(uniform(habits.backAfterMissMinMs(), habits.backAfterMissMaxMs()), () -> {
            presence = Presence.AT_DESK;
            if (ringsSinceLetGo == 0) {
                sw.dialFeature(device, FeatureCode.READY);
            }
        });
    }

    private void scheduleNextBreak() {
        if (habits.meanBreakEveryMs() == 0) {
            return;
        }
        sw.after(Math.round(-habits.meanBreakEveryMs() * Math.log(1 - random.nextDouble())), () -> {
            if (presence == Presence.AT_DESK && sw.phoneIdle(device)) {
                takeBreak();
            }
            scheduleNextBreak();
        });
    }

    private void takeBreak() {
        presence = Presence.AWAY;
        sw.dialFeature(device, FeatureCode.PAUSE);
        sw.after(uniform(habits.breakMinMs(), habits.breakMaxMs()), () -> {
            presence = Presence.AT_DESK;
            sw.dialFeature(device, FeatureCode.READY);
        });
    }

    private long uniform(long minMs, long maxMs) {
        return minMs == maxMs ? minMs : random.nextLong(minMs, maxMs + 1);
    }
}
