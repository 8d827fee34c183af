package org.acd.telephony.ami;

import java.util.Map;
import java.util.OptionalLong;
import org.acd.telephony.Dialplan;

/**
 * A channel alive in Asterisk, as its {@code Status} event lists it: name, unique id and the ACD
 * call id the inbound session set on it ({@code ACD_CALL_ID}), if any.
 */
public record LiveChannel(String channel, String uniqueId, OptionalLong acdCallId) {

    /** From a {@code Status} event's fields; an {@code ACD_CALL_ID} that is not a number counts as none. */
    static LiveChannel of(String channel, String uniqueId, Map<String, String> variables) {
        String callId = variables == null ? null : variables.get(Dialplan.CALL_ID_VARIABLE);
        OptionalLong acdCallId = OptionalLong.empty();
        if (callId != null && callId.matches("[0-9]{1,18}")) {
            acdCallId = OptionalLong.of(Long.parseLong(callId));
        }
        return new LiveChannel(channel, uniqueId, acdCallId);
    }
}
