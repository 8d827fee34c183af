package org.acd.simulator.emulator;

/**
 * An agent's phone ({@code PJSIP/agent1}) and the one leg it may carry. Its device state follows
 * the leg: {@code NOT_INUSE} when idle, {@code RINGING}, then {@code INUSE}; {@code UNAVAILABLE}
 * when unregistered. Its {@link PhoneUser} decides each ring afresh. Used on the switch thread only.
 */
final class AgentPhone {

    private final String device;
    private final boolean reachable;
    private final PhoneUser user;
    private AgentLeg leg;
    private boolean ringing;

    AgentPhone(String device, PhoneBehaviour behaviour) {
        this(device, behaviour.reachable(), PhoneUser.always(behaviour));
    }

    AgentPhone(String device, boolean reachable, PhoneUser user) {
        this.device = device;
        this.reachable = reachable;
        this.user = user;
    }

    String device() {
        return device;
    }

    /** How the ring about to start goes, as its user decides it now. */
    PhoneBehaviour nextRing() {
        return user.nextRing();
    }

    boolean reachable() {
        return reachable;
    }

    boolean idle() {
        return reachable && leg == null;
    }

    String deviceState() {
        if (!reachable) {
            return "UNAVAILABLE";
        }
        if (leg == null) {
            return "NOT_INUSE";
        }
        return ringing ? "RINGING" : "INUSE";
    }

    void ring(AgentLeg newLeg) {
        leg = newLeg;
        ringing = true;
    }

    void answered() {
        ringing = false;
    }

    void released() {
        boolean stoppedRinging = ringing;
        leg = null;
        ringing = false;
        if (stoppedRinging) {
            user.ringStopped();
        }
    }
}
