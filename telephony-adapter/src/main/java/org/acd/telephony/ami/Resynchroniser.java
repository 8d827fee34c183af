package org.acd.telephony.ami;

import java.time.Clock;
import java.util.Map;
import java.util.Set;
import org.acd.core.api.AcdEvents;
import org.acd.telephony.calls.AgentDirectory;
import org.acd.telephony.calls.CallLegs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * After every AMI (re)connect, brings the engine back in line with what Asterisk says is live:
 * each agent's device state is read again, and calls whose channels ended while the adapter was
 * not listening are closed. Runs from the connect event; every step is an asynchronous action.
 */
final class Resynchroniser implements Runnable {

    private static final Logger LOG = LoggerFactory.getLogger(Resynchroniser.class);

    private final AmiActions actions;
    private final AgentDirectory agents;
    private final CallLegs legs;
    private final AcdEvents events;
    private final Clock clock;

    Resynchroniser(AmiActions actions, AgentDirectory agents, CallLegs legs, AcdEvents events, Clock clock) {
        this.actions = actions;
        this.agents = agents;
        this.legs = legs;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public void run() {
        for (Map.Entry<String, String> agent : agents.devicesByAgent().entrySet()) {
            actions.deviceState(agent.getValue()).whenComplete((state, failure) -> {
                if (failure != null) {
                    LOG.warn("resync: device state of {} unknown: {}", agent.getValue(), failure.getMessage());
                } else {
                    events.agentDeviceChanged(clock.millis(), agent.getKey(), DeviceStates.reachable(state));
                }
            });
        }
        Set<String> knownBefore = legs.knownUniqueIds();
        actions.liveChannelUniqueIds().whenComplete((live, failure) -> {
            if (failure != null) {
                LOG.warn("resync: live channels unknown: {}", failure.getMessage());
            } else {
                int closed = legs.reconcile(knownBefore, live);
                LOG.info("resync: {} live channels, {} known legs, {} closed as ended while away",
                        live.size(), knownBefore.size(), closed);
            }
        });
    }
}
