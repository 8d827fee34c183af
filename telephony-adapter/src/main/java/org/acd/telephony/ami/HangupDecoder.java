package org.acd.telephony.ami;

import org.acd.telephony.calls.CallLegs;
import org.asteriskjava.manager.event.AbstractChannelEvent;

/**
 * {@code HangupRequest} and {@code Hangup}: a caller's or an agent's leg ended; {@link CallLegs}
 * decides what the engine hears. The request comes first for the side that hung up (the far end's
 * BYE); when it ends a bridge, the other side's channel may be destroyed, and its {@code Hangup}
 * sent, before the first side's. Reading the request tells who ended a conversation.
 */
final class HangupDecoder implements AmiEventDecoder<AbstractChannelEvent> {

    private final CallLegs legs;

    HangupDecoder(CallLegs legs) {
        this.legs = legs;
    }

    @Override
    public void decode(AbstractChannelEvent event) {
        String uniqueId = event.getUniqueId();
        if (uniqueId == null || uniqueId.isBlank()) {
            throw new MalformedAmiEventException(event.getClass().getSimpleName().replaceFirst("Event$", "")
                    + " without Uniqueid");
        }
        legs.channelHungUp(uniqueId);
    }
}
