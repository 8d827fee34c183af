package org.acd.telephony.ami;

import java.time.Clock;
import org.acd.core.api.AcdEvents;
import org.acd.telephony.calls.AgentDirectory;
import org.acd.telephony.calls.CallLegs;
import org.asteriskjava.manager.event.DeviceStateChangeEvent;

/**
 * {@code DeviceStateChange}: an agent's phone became idle, busy, ringing or unreachable. Other
 * devices are ignored, and so is a phone busy with the adapter's own leg (ringing for an offer, or
 * in the conversation): the engine knows that agent is taken, and once the leg ends the agent can
 * be offered the next call at once, without waiting for Asterisk to report the phone idle again.
 * An unreachable phone (unregistered, {@code UNAVAILABLE}) is always reported.
 */
final class DeviceStateChangeDecoder implements AmiEventDecoder<DeviceStateChangeEvent> {

    private final AgentDirectory agents;
    private final CallLegs legs;
    private final AcdEvents events;
    private final Clock clock;

    DeviceStateChangeDecoder(AgentDirectory agents, CallLegs legs, AcdEvents events, Clock clock) {
        this.agents = agents;
        this.legs = legs;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public void decode(DeviceStateChangeEvent event) {
        if (event.getDevice() == null || event.getState() == null) {
            throw new MalformedAmiEventException("DeviceStateChange without Device or State");
        }
        agents.byDevice(event.getDevice()).ifPresent(agentId -> {
            if (DeviceStates.inUse(event.getState()) && legs.holdsLegOf(agentId)) {
                return;
            }
            events.agentDeviceChanged(clock.millis(), agentId, DeviceStates.reachable(event.getState()));
        });
    }
}
