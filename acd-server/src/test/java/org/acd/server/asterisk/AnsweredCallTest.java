package org.acd.server.asterisk;

import static org.acd.server.asterisk.JournalLines.enteredCallIds;
import static org.acd.server.asterisk.JournalLines.only;
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
import org.acd.simulator.sipp.SippTrace;
import org.acd.simulator.sipp.SippTraceLine;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Behaviours 1 and 2 of the real-Asterisk path: a trunk call keys the menu, is queued, rings an
 * agent while the caller stays on hold music, is bridged on answer, and ends on either side's
 * hang-up with the agent in wrap-up.
 */
@Tag("asterisk")
@ExtendWith(AsteriskLabExtension.class)
final class AnsweredCallTest {

    private static final LabConfig CONFIG = new LabConfig(Duration.ofSeconds(10), Duration.ofSeconds(1),
            List.of("5550100"));

    @Test
    void shouldBridgeCallerToAgentAndEndBothLegsWhenAgentHangsUp(AsteriskLab lab) throws Exception {
        try (LabRun run = LabRun.start(lab, CONFIG)) {
            run.phone(SippAgentPhone.answering(1, 300, 2_000));
            run.loginReady("agent1");

            run.callers(SippCallers.fromTrunk(0, 1_000, List.of(new SippCall("5551001", "100", "2", 300, 30_000))))
                    .awaitExit(Duration.ofSeconds(30));

            SippTrace agent = run.trace("agent1");
            SippTrace caller = run.trace("trunk0");
            SippTraceLine invite = agent.events("INVITE_RECEIVED").get(0);
            assertEquals(1, agent.count("INVITE_RECEIVED"), "the agent's phone rang once");
            assertEquals("5551001", invite.party(), "the agent sees the caller's number");
            assertEquals(1, agent.count("BYE_SENT"), "the agent hung up");
            assertEquals(1, caller.count("BYE_RECEIVED"), "Asterisk hung the caller up after the agent left");
            assertTrue(caller.events("BYE_RECEIVED").get(0).epochMicros() >= agent.events("BYE_SENT").get(0).epochMicros());

            run.await("agent1 ready again after wrap-up", Duration.ofSeconds(5),
                    () -> run.outcomes().matching("agent agent1 READY").size() == 2);
            RecordedOutcomes journal = run.outcomes();
            long callId = enteredCallIds(journal).get(0);
            only(journal, "entered " + callId + " sales tier=standard");
            only(journal, "offered " + callId + " -> agent1");
            only(journal, "answered " + callId + " by agent1");
            only(journal, "completed " + callId + " by agent1");
            assertTrue(only(journal, "completed " + callId).endsWith("endedBy=AGENT"), journal.lines().toString());
            assertEquals(List.of("agent agent1 READY", "agent agent1 RESERVED",
                            "agent agent1 ON_CALL", "agent agent1 WRAP_UP", "agent agent1 READY"),
                    journal.matching("agent agent1"));
        }
    }

    @Test
    void shouldEndAgentLegWhenCallerHangsUpDuringConversation(AsteriskLab lab) throws Exception {
        try (LabRun run = LabRun.start(lab, CONFIG)) {
            run.phone(SippAgentPhone.answering(2, 200, 60_000));
            run.loginReady("agent2");

            run.callers(SippCallers.fromTrunk(0, 1_000, List.of(new SippCall("5551002", "100", "1", 300, 3_000))))
                    .awaitExit(Duration.ofSeconds(30));

            run.awaitOutcome("completed ", Duration.ofSeconds(5));
            run.await("agent2's phone got the BYE", Duration.ofSeconds(5),
                    () -> run.trace("agent2").count("BYE_RECEIVED") == 1);
            RecordedOutcomes journal = run.outcomes();
            long callId = enteredCallIds(journal).get(0);
            only(journal, "entered " + callId + " support tier=standard");
            assertTrue(only(journal, "completed " + callId).endsWith("endedBy=CALLER"), journal.lines().toString());
            assertEquals(1, run.trace("trunk0").count("BYE_SENT"), "the caller hung up");
            assertEquals(0, run.trace("agent2").count("BYE_SENT"), "the agent did not");
        }
    }

    @Test
    void shouldKeepCallerOnHoldMusicWhileAgentPhoneRings(AsteriskLab lab) throws Exception {
        try (LabRun run = LabRun.start(lab, CONFIG)) {
            run.phone(SippAgentPhone.answering(3, 3_000, 1_000));
            run.loginReady("agent3");

            var callers = run.callers(SippCallers.fromTrunk(0, 1_000,
                    List.of(new SippCall("5551003", "100", "1", 300, 30_000))));
            run.await("agent3's phone ringing", Duration.ofSeconds(10),
                    () -> run.trace("agent3").count("INVITE_RECEIVED") == 1);
            String channels = run.lab().cli("core show channels concise");
            callers.awaitExit(Duration.ofSeconds(30));

            assertTrue(channels.lines().anyMatch(line -> line.startsWith("PJSIP/trunk-") && line.contains("!MusicOnHold!")),
                    "while agent3 rang, the caller's channel was in MusicOnHold:\n" + channels);
            SippTrace caller = run.trace("trunk0");
            assertEquals(1, caller.count("ANSWERED"), "the caller was answered once, before the menu");
            assertEquals(1, caller.count("BYE_RECEIVED"), "and hung up only at the end of the conversation");
            assertTrue(caller.events("BYE_RECEIVED").get(0).epochMicros()
                    > run.trace("agent3").events("ANSWERED").get(0).epochMicros());
        }
    }
}
