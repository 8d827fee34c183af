package org.acd.simulator.emulator;

/**
 * The AMI events the emulated switch sends, with Asterisk's field names, to every logged-in
 * connection. Called on the switch thread only.
 */
final class SwitchEvents {

    /** Q.850 cause 16, a normal hang-up. */
    static final int NORMAL_CLEARING = 16;
    /** Q.850 cause 19, rang out unanswered. */
    static final int NO_ANSWER = 19;
    /** Originate's reasons: the dial ended without a channel, rang out, or was answered. */
    static final int REASON_FAILED = 0;
    static final int REASON_HUNG_UP = 1;
    static final int REASON_NO_ANSWER = 3;
    static final int REASON_ANSWERED = 4;
    static final int REASON_BUSY = 5;

    private final AmiEventBus bus;

    SwitchEvents(AmiEventBus bus) {
        this.bus = bus;
    }

    /** The far end asked to hang up (a BYE): tells who ended a conversation. */
    void hangupRequest(EmulatedChannel channel) {
        bus.publish(AmiMessage.of("Event", "HangupRequest", "Privilege", "call,all", "Channel", channel.name(),
                "Uniqueid", channel.uniqueId(), "Cause", Integer.toString(NORMAL_CLEARING)));
    }

    void hangup(EmulatedChannel channel, int cause) {
        bus.publish(AmiMessage.of("Event", "Hangup", "Privilege", "call,all", "Channel", channel.name(),
                "Uniqueid", channel.uniqueId(), "Linkedid", channel.uniqueId(), "Cause", Integer.toString(cause),
                "Cause-txt", cause == NO_ANSWER ? "No user responding" : "Normal Clearing"));
    }

    void deviceState(String device, String state) {
        bus.publish(AmiMessage.of("Event", "DeviceStateChange", "Privilege", "call,all", "Device", device,
                "State", state));
    }

    /** The end of an Originate; {@code uniqueId} is {@code <null>} when no channel was made. */
    void originateResponse(OriginateRequest request, boolean answered, int reason, String channel, String uniqueId) {
        bus.publish(AmiMessage.of("Event", "OriginateResponse", "Privilege", "call,all")
                .with("ActionID", request.actionId())
                .with("Response", answered ? "Success" : "Failure")
                .with("Channel", channel)
                .with("Context", request.context())
                .with("Exten", request.exten())
                .with("Reason", Integer.toString(reason))
                .with("Uniqueid", uniqueId)
                .with("CallerIDNum", request.callerId().isEmpty() ? "<unknown>" : request.callerId())
                .with("CallerIDName", "<unknown>"));
    }
}
