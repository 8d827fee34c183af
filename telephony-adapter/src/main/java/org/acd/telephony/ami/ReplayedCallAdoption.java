package org.acd.telephony.ami;

import java.time.Clock;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;
import org.acd.core.api.AcdEvents;
import org.acd.core.api.CallState;
import org.acd.core.view.CallView;
import org.acd.core.view.EngineSnapshot;
import org.acd.telephony.calls.CallLegs;
import org.acd.telephony.calls.CallLegs.CallerLeg;
import org.acd.telephony.calls.OfferChannelId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * After every AMI (re)connect, gives the calls the engine holds without a leg here (replayed from
 * the journal by a restarted server) their Asterisk channels back: a caller still on the line, found
 * by the {@code ACD_CALL_ID} its inbound session set, is watched again (and the agent's phone still
 * ringing for it); an offer whose phone stopped ringing fails; a call whose caller left while the
 * server was down is closed as the caller's hang-up. Callbacks waiting without a caller are left
 * alone. A caller holding with an {@code ACD_CALL_ID} the engine does not hold (the server died
 * between setting it and journaling the call, or before carrying out the call's exit) would hold
 * forever: it is hung up, and counted in the log. Runs on the resynchronisation thread; the
 * answers arrive on Asterisk-Java's threads.
 */
final class ReplayedCallAdoption implements Runnable {

    private static final Logger LOG = LoggerFactory.getLogger(ReplayedCallAdoption.class);
    private static final Set<CallState> ON_THE_LINE = EnumSet.of(CallState.QUEUED, CallState.OFFERED,
            CallState.CONNECTED);

    private final AmiActions actions;
    private final Supplier<? extends CompletionStage<EngineSnapshot>> snapshots;
    private final CallLegs legs;
    private final AcdEvents events;
    private final Clock clock;

    ReplayedCallAdoption(AmiActions actions, Supplier<? extends CompletionStage<EngineSnapshot>> snapshots,
                         CallLegs legs, AcdEvents events, Clock clock) {
        this.actions = actions;
        this.snapshots = snapshots;
        this.legs = legs;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public void run() {
        legs.beginAdoption();
        snapshots.get()
                .thenCombine(actions.liveChannelsWithCallIds(), this::adopt)
                .whenComplete((adopted, failure) -> {
                    legs.endAdoption();
                    if (failure != null) {
                        LOG.warn("resync: the engine's calls not matched with Asterisk's channels: {}",
                                failure.getMessage());
                    }
                });
    }

    private int adopt(EngineSnapshot snapshot, List<LiveChannel> live) {
        Map<Long, LiveChannel> callers = new HashMap<>();
        Map<String, OfferChannelId> offers = new HashMap<>();
        for (LiveChannel channel : live) {
            Optional<OfferChannelId> offer = OfferChannelId.parse(channel.uniqueId());
            if (offer.isPresent()) {
                offers.put(channel.uniqueId(), offer.get());
            } else {
                channel.acdCallId().ifPresent(callId -> callers.put(callId, channel));
            }
        }
        int adopted = 0;
        int closed = 0;
        Set<Long> held = new HashSet<>();
        for (CallView call : snapshot.calls()) {
            held.add(call.id());
            if (!ON_THE_LINE.contains(call.state()) || !call.callbackNumber().isEmpty()
                    || legs.caller(call.id()).isPresent() || legs.endedSinceAdoptionBegan(call.id())) {
                continue;
            }
            LiveChannel channel = callers.get(call.id());
            if (channel != null && legs.adoptCaller(new CallerLeg(call.id(), channel.channel(), channel.uniqueId(),
                    call.callerNumber()))) {
                adopted++;
                if (call.state() == CallState.OFFERED) {
                    adoptRinging(call, offers);
                }
            } else {
                events.callerHungUp(clock.millis(), call.id());
                closed++;
            }
        }
        int stranded = hangUpStranded(callers, held);
        if (adopted + closed + stranded > 0) {
            LOG.info("resync: {} of the engine's calls found on the line again, {} closed as ended while away, "
                    + "{} callers the engine never held hung up", adopted, closed, stranded);
        }
        return adopted;
    }

    private int hangUpStranded(Map<Long, LiveChannel> callers, Set<Long> held) {
        int stranded = 0;
        for (Map.Entry<Long, LiveChannel> caller : callers.entrySet()) {
            if (!held.contains(caller.getKey()) && !legs.knowsCaller(caller.getValue().uniqueId())) {
                LOG.warn("resync: caller {} holds for call {}, which the engine does not hold; hanging up",
                        caller.getValue().channel(), caller.getKey());
                actions.hangup(caller.getValue().channel());
                stranded++;
            }
        }
        return stranded;
    }

    private void adoptRinging(CallView call, Map<String, OfferChannelId> offers) {
        offers.values().stream()
                .filter(offer -> offer.rings(call.id(), call.agentId()))
                .max(Comparator.comparingLong(OfferChannelId::ring))
                .ifPresentOrElse(legs::ringing, () -> events.offerFailed(clock.millis(), call.agentId(), call.id()));
    }
}
