package org.acd.telephony.agi;

/** Makes untrusted wire text safe to put in a log line: bounded, control characters escaped. */
final class Printable {

    private static final int MAX_CHARS = 120;

    private Printable() {
    }

    static String of(String text) {
        StringBuilder out = new StringBuilder(Math.min(text.length(), MAX_CHARS) + 8).append('\'');
        for (int i = 0; i < text.length() && i < MAX_CHARS; i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c == 0x7f) {
                out.append(String.format("\\x%02x", (int) c));
            } else {
                out.append(c);
            }
        }
        if (text.length() > MAX_CHARS) {
            out.append("...");
        }
        return out.append('\'').toString();
    }
}
