package org.acd.simulator.whatif;

import java.util.List;
import java.util.Map;

/**
 * What a journal says happened, as the replay needs it: the calls in order of arrival, what the
 * agents did of their own accord, and how long each agent was logged in. Read by
 * {@link JournalObserver}; immutable once read.
 *
 * @param startMs      the first outcome's time
 * @param endMs        the last outcome's time: the replay stops there too
 * @param loggedInMs   per agent seen in the journal, the time logged in
 */
public record ObservedDay(List<ObservedCall> calls, List<PresenceChange> presence, long startMs, long endMs,
                          Map<String, Long> loggedInMs) {

    public ObservedDay {
        calls = List.copyOf(calls);
        presence = List.copyOf(presence);
        loggedInMs = Map.copyOf(loggedInMs);
    }

    /** Callers who hung up before an answer: the patience observed exactly. */
    public long abandons() {
        return calls.stream().filter(call -> call.ending() == ObservedCall.Ending.ABANDONED).count();
    }

    /**
     * The mean patience of an exponential fitted to every caller's wait: the abandoned callers' waits
     * are their patience, the others' waits (answered, exited, still waiting) are lower bounds of it.
     * The maximum-likelihood estimate under that censoring is the total wait over the abandons;
     * infinite when nobody hung up.
     */
    public double meanPatienceMs() {
        long abandons = abandons();
        long totalWaitMs = calls.stream().mapToLong(ObservedCall::waitMs).sum();
        return abandons == 0 ? Double.POSITIVE_INFINITY : (double) totalWaitMs / abandons;
    }
}
