package org.acd.telephony.calls;

import java.util.Optional;

/**
 * The unique id the adapter gives an agent's leg when it rings the agent for a call (AMI
 * Originate's {@code ChannelId}): {@code acd-offer-<callId>-<agentId>}. Every AMI event and AGI
 * session of that leg carries it, so the leg is recognised without any lookup table, even after a
 * restart.
 */
public record OfferChannelId(long callId, String agentId) {

    private static final String PREFIX = "acd-offer-";

    public String value() {
        return PREFIX + callId + "-" + agentId;
    }

    /** The offer a channel's unique id names, or empty for any other channel. */
    public static Optional<OfferChannelId> parse(String uniqueId) {
        if (uniqueId == null || !uniqueId.startsWith(PREFIX)) {
            return Optional.empty();
        }
        int dash = uniqueId.indexOf('-', PREFIX.length());
        if (dash < 0 || dash == uniqueId.length() - 1) {
            return Optional.empty();
        }
        try {
            long callId = Long.parseLong(uniqueId.substring(PREFIX.length(), dash));
            return Optional.of(new OfferChannelId(callId, uniqueId.substring(dash + 1)));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return value();
    }
}
