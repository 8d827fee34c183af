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

/** Behaviour 3: an agent who does not answer in time stops ringing, goes NOT_READY(RONA), and the next agent rings. */
@Tag("asterisk")
@ExtendWith(AsteriskLabExtension.class)
final class RingNoAnswerTest {

    private static final long RING_TIMEOUT_MS = 2_000;

    @Test
    void shouldStopRingingAfterRingTimeoutAndRingTheNextAgent(AsteriskLab lab) throws Exception {
        LabConfig config = new LabConfig(Duration.ofMillis(RING_TIMEOUT_MS), Duration.ZERO, List.of());
        try (LabRun run = LabRun.start(lab, config)) {
            run.phone(SippAgentPhone.neverAnswering(4));
            run.phone(SippAgentPhone.answering(5, 200, 1_000));
            run.loginReady("agent4");
            run.loginNotReady("agent5");

            var callers = run.callers(SippCallers.fromTrunk(0, 1_000,
                    List.of(new SippCall("5551004", "100", "1", 300, 30_000))));
            run.await("agent4's phone ringing", Duration.ofSeconds(10),
                    () -> run.trace("agent4").count("INVITE_RECEIVED") == 1);
            run.events().agentReady(System.currentTimeMillis(), "agent5");
            callers.awaitExit(Duration.ofSeconds(30));

            SippTraceLine rang = run.trace("agent4").events("INVITE_RECEIVED").get(0);
            SippTraceLine cancelled = run.trace("agent4").events("CANCEL_RECEIVED").get(0);
            SippTraceLine next = run.trace("agent5").events("INVITE_RECEIVED").get(0);
            long ringMs = cancelled.epochMillis() - rang.epochMillis();
            assertTrue(ringMs >= RING_TIMEOUT_MS - 50 && ringMs < RING_TIMEOUT_MS + 500,
                    "agent4 rang " + ringMs + " ms, the ring timeout is " + RING_TIMEOUT_MS);
            assertTrue(next.epochMicros() >= cancelled.epochMicros() - 100_000,
                    "agent5 rang after agent4 stopped ringing");
            assertEquals(1, run.trace("agent5").count("ANSWERED"));

            run.awaitOutcome("completed ", Duration.ofSeconds(5));
            RecordedOutcomes journal = run.outcomes();
            long callId = enteredCallIds(journal).get(0);
            only(journal, "rona " + callId + " agent4");
            only(journal, "agent agent4 NOT_READY(RONA)");
            assertTrue(waitMs(only(journal, "answered " + callId + " by agent5")) >= RING_TIMEOUT_MS,
                    "the wait counts from queue entry, the RONA ring included");
        }
    }
}
