package org.acd.telephony.ami;

import org.acd.core.api.CallbackFailure;
import org.acd.telephony.calls.AgentDirectory;
import org.acd.telephony.calls.CallLegs;
import org.acd.telephony.calls.OfferChannelId;
import org.asteriskjava.manager.event.OriginateResponseEvent;

/**
 * {@code OriginateResponse}: the end of an attempt to ring an agent or to call a callback's customer.
 * Only a failure matters (busy, congestion, no such phone, no answer); an answer is reported by the
 * leg's FastAGI session instead. A callback's failure carries its reason to the engine, which retries
 * at the queue's interval. When no channel was ever made (a phone with no contact), the event
 * carries no unique id of ours: the offer is found by the agent the channel name belongs to.
 */
final class OriginateResponseDecoder implements AmiEventDecoder<OriginateResponseEvent> {

    private static final int NO_CHANNEL = 0;
    private static final int BUSY = 5;
    private static final int CONGESTION = 8;

    private final CallLegs legs;
    private final AgentDirectory agents;

    OriginateResponseDecoder(CallLegs legs, AgentDirectory agents) {
        this.legs = legs;
        this.agents = agents;
    }

    @Override
    public void decode(OriginateResponseEvent event) {
        if (event.getResponse() == null) {
            throw new MalformedAmiEventException("OriginateResponse without Response");
        }
        if (!"Failure".equalsIgnoreCase(event.getResponse())) {
            return;
        }
        if (legs.callbackFailed(event.getUniqueId(), callbackFailure(event.getReason()))) {
            return;
        }
        OfferChannelId.parse(event.getUniqueId())
                .or(() -> agents.byChannel(event.getChannel()).flatMap(legs::ringingOfferOf))
                .ifPresent(legs::offerFailed);
    }

    /** Asterisk's originate reason (its control frame): 5 busy, 8 congestion, 0 no channel; else unanswered. */
    static CallbackFailure callbackFailure(Integer reason) {
        if (reason == null) {
            return CallbackFailure.NO_ANSWER;
        }
        return switch (reason) {
            case BUSY -> CallbackFailure.BUSY;
            case CONGESTION, NO_CHANNEL -> CallbackFailure.UNREACHABLE;
            default -> CallbackFailure.NO_ANSWER;
        };
    }
}
