package org.acd.simulator.sipp;

/**
 * One line a project SIPp scenario logs (config/sipp/*.xml, {@code -trace_logs}): when, what, on
 * which SIP call, with whom. Lines are tab-separated: date, time, epoch seconds with microseconds,
 * event, Call-ID, party (the caller's number), and one scenario-specific field (an agent phone's
 * port, a caller's DID).
 */
public record SippTraceLine(long epochMicros, String event, String callId, String party, String detail) {

    /** @throws IllegalArgumentException naming the line when it is not a trace line */
    public static SippTraceLine parse(String line) {
        String[] fields = line.split("\t", -1);
        if (fields.length < 7) {
            throw new IllegalArgumentException("SIPp trace line has " + fields.length + " fields, not 7: '" + line + "'");
        }
        return new SippTraceLine(epochMicros(fields[2].strip(), line), fields[3].strip(), fields[4].strip(),
                fields[5].strip(), fields[6].strip());
    }

    private static long epochMicros(String seconds, String line) {
        int dot = seconds.indexOf('.');
        try {
            if (dot < 0) {
                return Long.parseLong(seconds) * 1_000_000;
            }
            String fraction = (seconds.substring(dot + 1) + "000000").substring(0, 6);
            return Long.parseLong(seconds.substring(0, dot)) * 1_000_000 + Long.parseLong(fraction);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("SIPp trace line has no epoch time in its third field: '" + line + "'");
        }
    }

    public long epochMillis() {
        return epochMicros / 1000;
    }
}
