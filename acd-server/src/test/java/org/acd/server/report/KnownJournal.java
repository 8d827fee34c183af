package org.acd.server.report;

import java.nio.file.Path;
import java.time.Instant;
import org.acd.core.api.AgentState;
import org.acd.core.api.Party;
import org.acd.core.api.QueueRequest;
import org.acd.core.journal.Journal;
import org.acd.core.journal.JournalDurability;
import org.acd.core.journal.OutcomeRecorder;

/**
 * A journal with known outcomes for the HTML report's tests, with names a browser would misread if
 * they were not escaped. With the default thresholds (short abandon 5 s, service level 20 s) and
 * hourly intervals:
 * <ul>
 *   <li>09:00 UTC, queue {@code sales}: answered after 2, 8 and 40 s, one abandoned after 30 s, so
 *   abandon rate 25 %, service level 2/3;</li>
 *   <li>10:00 UTC, queue {@link #ODD_QUEUE}: two calls answered after 4 and 12 s, so abandon rate
 *   0 %, service level 100 %.</li>
 * </ul>
 * Answered waits: two up to 5 s, one each up to 10, 15 and 45 s; the abandoned wait is up to 30 s.
 */
final class KnownJournal {

    static final long NINE_UTC = Instant.parse("2026-03-02T09:00:00Z").toEpochMilli();
    static final long TEN_UTC = NINE_UTC + 3_600_000;
    static final String ODD_QUEUE = "<b>billing & \"co\"</b>";
    static final String ODD_CALLER = "\"><img src=x onerror=alert(1)>";

    private KnownJournal() {
    }

    static void write(Path directory) {
        try (Journal journal = new Journal(directory, JournalDurability.PAGE_CACHE)) {
            journal.eventAppender().writer().callQueued(NINE_UTC, 4, "sales", "standard", ODD_CALLER, QueueRequest.NONE);
            OutcomeRecorder outcomes = new OutcomeRecorder(journal.outcomeAppender());
            outcomes.beginEvent(0, 0);
            outcomes.agentStateChanged(NINE_UTC, "a1", AgentState.READY, "");
            for (long call = 1; call <= 4; call++) {
                outcomes.callEnteredQueue(NINE_UTC, call, "sales", "standard", (int) call);
            }
            answered(outcomes, NINE_UTC, 1, "sales", 2_000);
            answered(outcomes, NINE_UTC, 2, "sales", 8_000);
            outcomes.callAbandoned(NINE_UTC + 30_000, 4, "sales", 30_000, 2, false);
            answered(outcomes, NINE_UTC, 3, "sales", 40_000);
            outcomes.callEnteredQueue(TEN_UTC, 5, ODD_QUEUE, "gold", 1);
            outcomes.callEnteredQueue(TEN_UTC, 6, ODD_QUEUE, "gold", 2);
            answered(outcomes, TEN_UTC, 5, ODD_QUEUE, 4_000);
            answered(outcomes, TEN_UTC, 6, ODD_QUEUE, 12_000);
            outcomes.endEvent();
        }
    }

    private static void answered(OutcomeRecorder outcomes, long enteredMs, long callId, String queue, long waitMs) {
        outcomes.callAnswered(enteredMs + waitMs, callId, queue, "a1", waitMs);
        outcomes.callCompleted(enteredMs + waitMs + 60_000, callId, queue, "a1", 60_000, Party.CALLER);
    }
}
