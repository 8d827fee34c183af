package org.acd.telephony.ami;

import org.acd.telephony.calls.CallLegs;
import org.acd.telephony.calls.OfferChannelId;
import org.asteriskjava.manager.event.OriginateResponseEvent;

/**
 * {@code OriginateResponse}: the end of an attempt to ring an agent. Only a failure matters (busy,
 * congestion, no such phone); an answer is reported by the agent's FastAGI session instead.
 */
final class OriginateResponseDecoder implements AmiEventDecoder<OriginateResponseEvent> {

    private final CallLegs legs;

    OriginateResponseDecoder(CallLegs legs) {
        this.legs = legs;
    }

    @Override
    public void decode(OriginateResponseEvent event) {
        if (event.getResponse() == null) {
            throw new MalformedAmiEventException("OriginateResponse without Response");
        }
        if (!"Failure".equalsIgnoreCase(event.getResponse())) {
            return;
        }
        OfferChannelId.parse(event.getUniqueId()).ifPresent(legs::offerFailed);
    }
}
