package org.acd.telephony.ami;

import java.time.Clock;
import org.acd.core.api.AcdEvents;
import org.acd.telephony.calls.AgentDirectory;
import org.asteriskjava.manager.event.DeviceStateChangeEvent;

/** {@code DeviceStateChange}: an agent's phone became idle, busy, ringing or unreachable. Other devices are ignored. */
final class DeviceStateChangeDecoder implements AmiEventDecoder<DeviceStateChangeEvent> {

    private final AgentDirectory agents;
    private final AcdEvents events;
    private final Clock clock;

    DeviceStateChangeDecoder(AgentDirectory agents, AcdEvents events, Clock clock) {
        this.agents = agents;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public void decode(DeviceStateChangeEvent event) {
        if (event.getDevice() == null || event.getState() == null) {
            throw new MalformedAmiEventException("DeviceStateChange without Device or State");
        }
        agents.byDevice(event.getDevice()).ifPresent(agentId ->
                events.agentDeviceChanged(clock.millis(), agentId, DeviceStates.reachable(event.getState())));
    }
}
