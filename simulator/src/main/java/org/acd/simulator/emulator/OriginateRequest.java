package org.acd.simulator.emulator;

/**
 * The parts of an AMI {@code Originate} the emulator acts on.
 *
 * @param actionId  echoed in the {@code OriginateResponse} event
 * @param endpoint  the phone to ring, e.g. {@code PJSIP/agent1}
 * @param channelId the unique id the new channel gets
 * @param context   where the answered leg goes
 * @param exten     its extension there
 * @param timeoutMs how long to ring before giving up
 * @param callerId  the caller id shown on the phone, empty for none
 */
record OriginateRequest(String actionId, String endpoint, String channelId, String context, String exten,
                        long timeoutMs, String callerId) {

    private static final long DEFAULT_TIMEOUT_MS = 30_000;

    static OriginateRequest of(AmiMessage action) {
        String timeout = action.get("Timeout");
        return new OriginateRequest(action.get("ActionID"), action.getOrDefault("Channel", ""),
                action.get("ChannelId"), action.getOrDefault("Context", ""), action.getOrDefault("Exten", ""),
                timeout == null ? DEFAULT_TIMEOUT_MS : Long.parseLong(timeout.strip()),
                action.getOrDefault("CallerID", ""));
    }

    OriginateRequest withChannelId(String id) {
        return new OriginateRequest(actionId, endpoint, id, context, exten, timeoutMs, callerId);
    }
}
