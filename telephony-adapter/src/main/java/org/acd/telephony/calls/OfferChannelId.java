package org.acd.telephony.calls;

import java.util.Optional;

/**
 * The unique id the adapter gives an agent's leg when it rings the agent for a call (AMI
 * Originate's {@code ChannelId}): {@code acd-offer-<callId>-<ring>-<agentId>}. Every AMI event and
 * AGI session of that leg carries it, so the leg is recognised without any lookup table, even after a
 * restart. {@code ring} numbers the adapter's rings: the same agent rung again for the same call
 * (after a RONA) gets a new id, so a late event of the first ring is never taken for the second's.
 */
public record OfferChannelId(long callId, long ring, String agentId) {

    private static final String PREFIX = "acd-offer-";

    public String value() {
        return PREFIX + callId + "-" + ring + "-" + agentId;
    }

    /** True if this ring is one of {@code agentId}'s for {@code callId}, whichever ring it is. */
    public boolean rings(long callId, String agentId) {
        return this.callId == callId && this.agentId.equals(agentId);
    }

    /** The offer a channel's unique id names, or empty for any other channel. */
    public static Optional<OfferChannelId> parse(String uniqueId) {
        if (uniqueId == null || !uniqueId.startsWith(PREFIX)) {
            return Optional.empty();
        }
        int callEnd = uniqueId.indexOf('-', PREFIX.length());
        int ringEnd = callEnd < 0 ? -1 : uniqueId.indexOf('-', callEnd + 1);
        if (ringEnd < 0 || ringEnd == uniqueId.length() - 1) {
            return Optional.empty();
        }
        try {
            long callId = Long.parseLong(uniqueId.substring(PREFIX.length(), callEnd));
            long ring = Long.parseLong(uniqueId.substring(callEnd + 1, ringEnd));
            return Optional.of(new OfferChannelId(callId, ring, uniqueId.substring(ringEnd + 1)));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return value();
    }
}
