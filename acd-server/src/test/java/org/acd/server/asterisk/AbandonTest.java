package org.acd.server.asterisk;

import static org.acd.server.asterisk.JournalLines.enteredCallIds;
import static org.acd.server.asterisk.JournalLines.only;
import static org.acd.server.asterisk.JournalLines.waitMs;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.acd.core.testing.RecordedOutcomes;
import org.acd.server.telephony.LabConfig;
import org.acd.simulator.lab.AsteriskLab;
import org.acd.simulator.sipp.SippAgentPhone;
import org.acd.simulator.sipp.SippCall;
import org.acd.simulator.sipp.SippCallers;
import org.acd.simulator.sipp.SippTraceLine;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Behaviour 4: a caller who hangs up while waiting, or while an agent's phone rings, is an abandon with its wait. */
@Tag("asterisk")
@ExtendWith(AsteriskLabExtension.class)
final class AbandonTest {

    private static final long HOLD_BEFORE_HANGUP_MS = 2_500;
    private static final LabConfig CONFIG = new LabConfig(Duration.ofSeconds(20), Duration.ZERO, List.of());

    @Test
    void shouldJournalAbandonWithItsWaitWhenCallerHangsUpInQueue(AsteriskLab lab) throws Exception {
        try (LabRun run = LabRun.start(lab, CONFIG)) {
            run.loginNotReady("agent1");

            run.callers(SippCallers.fromTrunk(0, 1_000, List.of(
                    new SippCall("5551005", "100", "1", 300, HOLD_BEFORE_HANGUP_MS))))
                    .awaitExit(Duration.ofSeconds(30));

            run.awaitOutcome("abandoned ", Duration.ofSeconds(5));
            RecordedOutcomes journal = run.outcomes();
            long callId = enteredCallIds(journal).get(0);
            String abandoned = only(journal, "abandoned " + callId + " support");
            assertTrue(abandoned.endsWith("pos=1 ringing=false"), abandoned);
            assertWaitNear(HOLD_BEFORE_HANGUP_MS, waitMs(abandoned));
        }
    }

    @Test
    void shouldStopRingingAndJournalAbandonWhenCallerHangsUpWhileAgentRings(AsteriskLab lab) throws Exception {
        try (LabRun run = LabRun.start(lab, CONFIG)) {
            run.phone(SippAgentPhone.neverAnswering(6));
            run.loginReady("agent6");

            run.callers(SippCallers.fromTrunk(0, 1_000, List.of(
                    new SippCall("5551006", "100", "1", 300, HOLD_BEFORE_HANGUP_MS))))
                    .awaitExit(Duration.ofSeconds(30));

            run.await("agent6's phone stopped ringing", Duration.ofSeconds(5),
                    () -> run.trace("agent6").count("CANCEL_RECEIVED") == 1);
            SippTraceLine callerBye = run.trace("trunk0").events("BYE_SENT").get(0);
            SippTraceLine cancel = run.trace("agent6").events("CANCEL_RECEIVED").get(0);
            long cancelAfterByeMs = cancel.epochMillis() - callerBye.epochMillis();
            assertTrue(cancelAfterByeMs >= 0 && cancelAfterByeMs < 500,
                    "the ringing stopped " + cancelAfterByeMs + " ms after the caller's BYE");

            run.awaitOutcome("abandoned ", Duration.ofSeconds(5));
            RecordedOutcomes journal = run.outcomes();
            long callId = enteredCallIds(journal).get(0);
            String abandoned = only(journal, "abandoned " + callId + " support");
            assertTrue(abandoned.endsWith("pos=1 ringing=true"), abandoned);
            assertWaitNear(HOLD_BEFORE_HANGUP_MS, waitMs(abandoned));
            assertEquals(List.of("agent agent6 READY", "agent agent6 RESERVED",
                    "agent agent6 READY"), journal.matching("agent agent6"));
        }
    }

    /** The caller's hold time runs from its digit; queue entry comes a few hundred ms of menu later at most. */
    private static void assertWaitNear(long heldMs, long journaledWaitMs) {
        assertTrue(journaledWaitMs > heldMs - 600 && journaledWaitMs <= heldMs + 300,
                "journaled wait " + journaledWaitMs + " ms for a caller who held " + heldMs + " ms after keying");
    }
}
