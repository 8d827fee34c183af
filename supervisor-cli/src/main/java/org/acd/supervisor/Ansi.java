package org.acd.supervisor;

import java.util.regex.Pattern;

/** The few ANSI escape sequences the wallboard uses. Pure functions. */
final class Ansi {

    static final String HOME = "\u001b[H";
    static final String CLEAR_LINE_END = "\u001b[K";
    static final String CLEAR_SCREEN_END = "\u001b[J";
    static final String HIDE_CURSOR = "\u001b[?25l";
    static final String SHOW_CURSOR = "\u001b[?25h";
    static final String RED = "31";
    static final String GREEN = "32";
    static final String YELLOW = "33";
    static final String CYAN = "36";
    static final String BOLD = "1";
    private static final Pattern ESCAPE = Pattern.compile("\u001b\\[[0-9;?]*[A-Za-z]");

    private Ansi() {
    }

    static String color(String code, String text) {
        return "\u001b[" + code + "m" + text + "\u001b[0m";
    }

    static String strip(String text) {
        return ESCAPE.matcher(text).replaceAll("");
    }
}
