package org.acd.core.invariants;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.acd.core.testing.RecordedOutcomes;

/**
 * What the outcomes of one event add up to, for the checks that pair them with the event's
 * commands: offers, answers and exits (each must have its command), the rings that ended without an
 * answer (each must have its cancel), and the rejections.
 */
final class EventTally {

    final List<String> offers = new ArrayList<>();
    final List<String> answers = new ArrayList<>();
    final List<String> exits = new ArrayList<>();
    /** {@code call->agent} for every ring that ended without an answer, except failed offers. */
    final List<String> ringsEnded = new ArrayList<>();
    /** Agents whose ring went unanswered and who have not been set not ready yet. */
    final Set<String> awaitingRona = new TreeSet<>();
    /** The event's outcomes as readable lines, for a failure report. */
    final RecordedOutcomes readable = new RecordedOutcomes();
    int rejections;

    void clear() {
        offers.clear();
        answers.clear();
        exits.clear();
        ringsEnded.clear();
        awaitingRona.clear();
        readable.clear();
        rejections = 0;
    }
}
