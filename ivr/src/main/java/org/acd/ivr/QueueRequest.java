package org.acd.ivr;

import java.util.Map;
import java.util.Optional;
import org.acd.config.ivr.CallbackOffer;

/**
 * A queue node's hand-off: queue the call {@code callId} in {@code queueId}. {@code tierId} is the
 * caller's tier (its priority and required skill are applied by the routing engine);
 * {@code extraSkills} are the set nodes' skills with their minimum proficiency; {@code priority} is
 * the set nodes' points plus the queue node's own; {@code attributes} are the flow's variables;
 * {@code callbackOffer} is the flow to run for the waiting caller once the estimate passes its threshold.
 */
public record QueueRequest(long callId, String queueId, String tierId, Map<String, Integer> extraSkills, int priority,
                           String callerNumber, Map<String, String> attributes, Optional<CallbackOffer> callbackOffer) {

    public QueueRequest {
        extraSkills = Map.copyOf(extraSkills);
        attributes = Map.copyOf(attributes);
    }
}
