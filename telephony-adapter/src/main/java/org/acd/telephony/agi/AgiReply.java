package org.acd.telephony.agi;

/**
 * Asterisk's answer to one AGI command, e.g. {@code 200 result=12 (timeout)}: the status code,
 * the result value and the text in parentheses. Built by {@link AgiReplyParser}.
 */
public record AgiReply(int status, String result, String data) {

    public static final int SUCCESS = 200;
    /** The channel hung up: Asterisk refuses commands on it ({@code 511}). */
    public static final int DEAD_CHANNEL = 511;

    public boolean isSuccess() {
        return status == SUCCESS;
    }

    /** The result as a number, {@code -1} (Asterisk's failure value) when it is not one. */
    public int resultCode() {
        try {
            return Integer.parseInt(result);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** True when a command that waits for the caller timed out ({@code (timeout)}). */
    public boolean timedOut() {
        return "timeout".equals(data);
    }
}
