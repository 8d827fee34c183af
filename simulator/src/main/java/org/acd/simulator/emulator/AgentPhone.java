package org.acd.simulator.emulator;

/**
 * An agent's phone ({@code PJSIP/agent1}) and the one leg it may carry. Its device state follows
 * the leg: {@code NOT_INUSE} when idle, {@code RINGING}, then {@code INUSE}; {@code UNAVAILABLE}
 * when unregistered. Used on the switch thread only.
 */
final class AgentPhone {

    private final String device;
    private final PhoneBehaviour behaviour;
    private AgentLeg leg;
    private boolean ringing;

    AgentPhone(String device, PhoneBehaviour behaviour) {
        this.device = device;
        this.behaviour = behaviour;
    }

    String device() {
        return device;
    }

    PhoneBehaviour behaviour() {
        return behaviour;
    }

    boolean idle() {
        return behaviour.reachable() && leg == null;
    }

    String deviceState() {
        if (!behaviour.reachable()) {
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
        leg = null;
        ringing = false;
    }
}
