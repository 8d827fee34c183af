package org.acd.telephony.agi;

/**
 * Turns the lines Asterisk answers an AGI command with into one {@link AgiReply}. Most replies are
 * one line ({@code 200 result=1}); a usage error is several, from {@code 520-...} to
 * {@code 520 End of proper usage.}. One instance per session, on the session's event loop.
 */
final class AgiReplyParser {

    private static final String USAGE_START = "520-";
    private static final String USAGE_END = "520 ";
    private static final String ENDPOS = " endpos=";
    private static final int MAX_ENDPOS_DIGITS = 18;
    /** Asterisk's longest usage text is a few dozen lines; more is a peer filling memory. */
    static final int MAX_USAGE_LINES = 200;

    private final StringBuilder usage = new StringBuilder();
    private boolean inUsage;
    private int usageLines;

    /**
     * Takes one line; returns the reply when it is complete, null while a multi-line one goes on.
     *
     * @throws MalformedAgiException for a line that is not an AGI reply
     */
    AgiReply accept(String line) {
        if (inUsage) {
            if (line.startsWith(USAGE_END)) {
                inUsage = false;
                usageLines = 0;
                AgiReply reply = new AgiReply(520, "", usage.toString());
                usage.setLength(0);
                return reply;
            }
            if (++usageLines > MAX_USAGE_LINES) {
                throw new MalformedAgiException("AGI usage reply longer than " + MAX_USAGE_LINES + " lines");
            }
            usage.append(line).append('\n');
            return null;
        }
        if (line.startsWith(USAGE_START)) {
            inUsage = true;
            usageLines = 1;
            usage.append(line.substring(USAGE_START.length())).append('\n');
            return null;
        }
        return parse(line);
    }

    private static AgiReply parse(String line) {
        if (line.length() < 3 || !isDigits(line, 3) || (line.length() > 3 && line.charAt(3) != ' ')) {
            throw new MalformedAgiException("not an AGI reply: " + Printable.of(line));
        }
        int status = Integer.parseInt(line.substring(0, 3));
        String rest = line.length() > 4 ? line.substring(4) : "";
        if (!rest.startsWith("result=")) {
            return new AgiReply(status, "", rest);
        }
        int resultEnd = rest.indexOf(' ');
        String result = rest.substring("result=".length(), resultEnd < 0 ? rest.length() : resultEnd);
        String data = "";
        int open = rest.indexOf('(');
        int close = rest.lastIndexOf(')');
        if (open >= 0 && close > open) {
            data = rest.substring(open + 1, close);
        }
        return new AgiReply(status, result, data, endpos(rest));
    }

    /** The number after {@code endpos=}, or {@link AgiReply#NO_ENDPOS} when there is none or it is not a number. */
    private static long endpos(String rest) {
        int start = rest.indexOf(ENDPOS);
        if (start < 0) {
            return AgiReply.NO_ENDPOS;
        }
        int from = start + ENDPOS.length();
        int end = from;
        while (end < rest.length() && Character.isDigit(rest.charAt(end))) {
            end++;
        }
        if (end == from || end - from > MAX_ENDPOS_DIGITS) {
            return AgiReply.NO_ENDPOS;
        }
        return Long.parseLong(rest.substring(from, end));
    }

    private static boolean isDigits(String line, int count) {
        for (int i = 0; i < count; i++) {
            if (!Character.isDigit(line.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
