package org.acd.telephony.agi;

/**
 * Asterisk's answer to one AGI command, e.g. {@code 200 result=12 (timeout)} or
 * {@code 200 result=0 endpos=8000}: the status code, the result value, the text in parentheses and
 * the {@code endpos} sample offset that playback commands report ({@link #NO_ENDPOS} when the reply
 * has none). Built by {@link AgiReplyParser}.
 */
public record AgiReply(int status, String result, String data, long endpos) {

    public static final int SUCCESS = 200;
    /** The channel hung up: Asterisk refuses commands on it ({@code 511}). */
    public static final int DEAD_CHANNEL = 511;
    /** The {@code endpos} of a reply that carries none. */
    public static final long NO_ENDPOS = -1;

    /** A reply without {@code endpos}. */
    public AgiReply(int status, String result, String data) {
        this(status, result, data, NO_ENDPOS);
    }

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
