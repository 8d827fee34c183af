package org.acd.core.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;
import org.acd.core.view.EngineSnapshot;

/**
 * Compares two engine snapshots field by field (they are records) and, when they differ, says
 * where first: a counter, or the first differing queue, agent or call with both versions, instead
 * of two screens of {@code toString}.
 */
public final class SnapshotAssertions {

    private SnapshotAssertions() {
    }

    public static void assertSameState(EngineSnapshot expected, EngineSnapshot actual) {
        if (!expected.equals(actual)) {
            fail(firstDifference(expected, actual));
        }
    }

    /** Where two snapshots first differ, or an empty string when they are equal. */
    public static String firstDifference(EngineSnapshot expected, EngineSnapshot actual) {
        if (expected.equals(actual)) {
            return "";
        }
        String counters = counter("atMs", expected.atMs(), actual.atMs())
                + counter("offersMade", expected.offersMade(), actual.offersMade())
                + counter("timersArmed", expected.timersArmed(), actual.timersArmed())
                + counter("rejectedEvents", expected.rejectedEvents(), actual.rejectedEvents());
        String views = firstDifferentView("queue", expected.queues(), actual.queues())
                + firstDifferentView("agent", expected.agents(), actual.agents())
                + firstDifferentView("call", expected.calls(), actual.calls());
        return "snapshots differ:" + counters + views;
    }

    private static String counter(String name, long expected, long actual) {
        return expected == actual ? "" : "\n  " + name + ": expected " + expected + " but was " + actual;
    }

    private static <T> String firstDifferentView(String what, List<T> expected, List<T> actual) {
        for (int i = 0; i < Math.min(expected.size(), actual.size()); i++) {
            if (!expected.get(i).equals(actual.get(i))) {
                return "\n  first different " + what + " (#" + i + " of " + expected.size() + "):\n    expected "
                        + expected.get(i) + "\n    but was  " + actual.get(i);
            }
        }
        if (expected.size() != actual.size()) {
            List<T> longer = expected.size() > actual.size() ? expected : actual;
            return "\n  " + what + "s: expected " + expected.size() + " but was " + actual.size() + "; first extra: "
                    + longer.get(Math.min(expected.size(), actual.size()));
        }
        return "";
    }
}
