package org.acd.telephony.ami;

import org.acd.telephony.calls.AgentDirectory;
import org.acd.telephony.calls.CallLegs;
import org.acd.telephony.calls.OfferChannelId;
import org.asteriskjava.manager.event.OriginateResponseEvent;

/**
 * {@code OriginateResponse}: the end of an attempt to ring an agent. Only a failure matters (busy,
 * congestion, no such phone); an answer is reported by the agent's FastAGI session instead. When no
 * channel was ever made (a phone with no contact), the event carries no unique id of ours: the
 * offer is found by the agent the channel name belongs to.
 */
final class OriginateResponseDecoder implements AmiEventDecoder<OriginateResponseEvent> {

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
        OfferChannelId.parse(event.getUniqueId())
                .or(() -> agents.byChannel(event.getChannel()).flatMap(legs::ringingOfferOf))
                .ifPresent(legs::offerFailed);
    }
}
