package org.acd.simulator.emulator;

/**
 * A trunk caller still on the line when asked.
 *
 * @param callerNumber the caller's number
 * @param acdCallId    the ACD_CALL_ID the ACD gave it, or -1 while still in the inbound session
 * @param bridged      talking to an agent; otherwise in the inbound session or holding for an agent
 */
public record LiveCall(String callerNumber, long acdCallId, boolean bridged) {
}
