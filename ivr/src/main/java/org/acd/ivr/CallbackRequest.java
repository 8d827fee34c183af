package org.acd.ivr;

import java.util.Map;

/**
 * A callback node's hand-off: call the customer back on {@code callbackNumber} (the caller ID they
 * confirmed, or the number they keyed), keeping the call's place. {@code attributes} are the flow's variables.
 */
public record CallbackRequest(long callId, String callbackNumber, String callerNumber, String tierId,
                              Map<String, String> attributes) {

    public CallbackRequest {
        attributes = Map.copyOf(attributes);
    }
}
