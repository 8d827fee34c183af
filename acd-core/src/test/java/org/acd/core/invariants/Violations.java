package org.acd.core.invariants;

import java.util.ArrayList;
import java.util.List;

/** What the checks of one run found wrong, in the order found; the run fails on the first event with any. */
final class Violations {

    private final List<String> found = new ArrayList<>();

    /** Records the formatted message when {@code holds} is false; formats nothing otherwise. */
    void check(boolean holds, String format, Object... args) {
        if (!holds) {
            found.add(String.format(format, args));
        }
    }

    void add(String violation) {
        found.add(violation);
    }

    boolean isEmpty() {
        return found.isEmpty();
    }

    List<String> list() {
        return found;
    }
}
