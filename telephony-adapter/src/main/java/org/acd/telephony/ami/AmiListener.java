package org.acd.telephony.ami;

import java.time.Clock;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;
import org.acd.core.api.AcdEvents;
import org.acd.core.view.EngineSnapshot;
import org.acd.telephony.calls.AgentDirectory;
import org.acd.telephony.calls.CallLegs;
import org.asteriskjava.manager.event.DeviceStateChangeEvent;
import org.asteriskjava.manager.event.HangupEvent;
import org.asteriskjava.manager.event.HangupRequestEvent;
import org.asteriskjava.manager.event.OriginateResponseEvent;

/**
 * The AMI events the product uses, each with its decoder: {@code HangupRequest} and {@code Hangup},
 * {@code DeviceStateChange} and {@code OriginateResponse}. Everything else Asterisk sends is counted and dropped.
 */
public final class AmiListener {

    private final AmiEventRouter router;
    private final CallLegs legs;
    private final AgentDirectory agents;
    private final AcdEvents events;
    private final Clock clock;

    public AmiListener(AmiEventCounters counters, CallLegs legs, AgentDirectory agents, AcdEvents events,
                       Clock clock) {
        this.legs = legs;
        this.agents = agents;
        this.events = events;
        this.clock = clock;
        HangupDecoder hangups = new HangupDecoder(legs);
        this.router = new AmiEventRouter(counters)
                .on(HangupRequestEvent.class, hangups)
                .on(HangupEvent.class, hangups)
                .on(DeviceStateChangeEvent.class, new DeviceStateChangeDecoder(agents, legs, events, clock))
                .on(OriginateResponseEvent.class, new OriginateResponseDecoder(legs, agents));
    }

    AmiEventRouter router() {
        return router;
    }

    /**
     * While AMI is down no phone can be rung: every agent's phone counts as unreachable, so that the
     * engine keeps calls waiting instead of offering them to phones it cannot ring (each such offer
     * would fail and set its agent not ready). The resynchronisation reads every phone again.
     */
    void allPhonesUnreachable() {
        long nowMs = clock.millis();
        agents.devicesByAgent().keySet().forEach(agentId -> events.agentDeviceChanged(nowMs, agentId, false));
    }

    /** What to run after each (re)connect. */
    public Runnable resynchroniser(AmiActions actions) {
        return new Resynchroniser(actions, agents, legs, events, clock);
    }

    /** What to run after each (re)connect, once the engine's calls can be read from {@code snapshots}. */
    public Runnable replayedCallAdoption(AmiActions actions,
                                         Supplier<? extends CompletionStage<EngineSnapshot>> snapshots) {
        return new ReplayedCallAdoption(actions, snapshots, legs, events, clock);
    }
}
