package org.acd.server.asterisk;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.acd.core.testing.RecordedOutcomes;

/** Reads figures out of the journal's readable outcome lines ({@link RecordedOutcomes}). */
final class JournalLines {

    private static final Pattern ENTERED = Pattern.compile("entered (\\d+) .*");
    private static final Pattern WAIT = Pattern.compile(".* wait=(\\d+).*");

    private JournalLines() {
    }

    /** The ids of the calls that entered a queue, in order of entry. */
    static List<Long> enteredCallIds(RecordedOutcomes outcomes) {
        return outcomes.matching("entered ").stream().map(line -> {
            Matcher matcher = ENTERED.matcher(line);
            if (!matcher.matches()) {
                throw new IllegalStateException("unexpected journal line: " + line);
            }
            return Long.parseLong(matcher.group(1));
        }).toList();
    }

    /** The one line starting with {@code prefix}; fails if there is none or several. */
    static String only(RecordedOutcomes outcomes, String prefix) {
        List<String> lines = outcomes.matching(prefix);
        if (lines.size() != 1) {
            throw new AssertionError("expected one journal line starting '" + prefix + "', found " + lines
                    + "\nwhole journal: " + outcomes.lines());
        }
        return lines.get(0);
    }

    /** The {@code wait=} figure of a line, in ms. */
    static long waitMs(String line) {
        Matcher matcher = WAIT.matcher(line);
        if (!matcher.matches()) {
            throw new IllegalStateException("no wait= in journal line: " + line);
        }
        return Long.parseLong(matcher.group(1));
    }
}
