package org.acd.telephony.ami;

import org.acd.telephony.calls.CallLegs;
import org.asteriskjava.manager.event.HangupEvent;

/** {@code Hangup}: a caller's or an agent's leg ended; {@link CallLegs} decides what the engine hears. */
final class HangupDecoder implements AmiEventDecoder<HangupEvent> {

    private final CallLegs legs;

    HangupDecoder(CallLegs legs) {
        this.legs = legs;
    }

    @Override
    public void decode(HangupEvent event) {
        String uniqueId = event.getUniqueId();
        if (uniqueId == null || uniqueId.isBlank()) {
            throw new MalformedAmiEventException("Hangup without Uniqueid");
        }
        legs.channelHungUp(uniqueId);
    }
}
