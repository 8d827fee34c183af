package org.acd.server.asterisk;

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
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Behaviour 6: an agent whose phone is busy on another call, or unreachable, is not offered calls. */
@Tag("asterisk")
@ExtendWith(AsteriskLabExtension.class)
final class DeviceStateTest {

    @Test
    void shouldNotOfferCallsToAgentsWhosePhonesAreInUseOrUnreachable(AsteriskLab lab) throws Exception {
        LabConfig config = new LabConfig(Duration.ofSeconds(10), Duration.ZERO, List.of());
        try (LabRun run = LabRun.start(lab, config)) {
            run.phone(SippAgentPhone.answering(1, 100, 30_000));
            run.phone(SippAgentPhone.answering(2, 100, 1_000));
            // agent1's phone is busy with a call that is not the ACD's: Asterisk reports it in use.
            run.lab().cli("channel originate PJSIP/agent1 application Wait 20");
            run.await("agent1's phone in use", Duration.ofSeconds(5), () -> !run.agent("agent1").deviceReachable());
            // agent9's phone has no contact at all (the lab's unregistered phone).
            run.loginReady("agent9", "agent1");
            run.await("agent9 and agent1 ready", Duration.ofSeconds(5),
                    () -> run.agent("agent1").state().name().equals("READY"));
            run.loginReady("agent2");

            run.callers(SippCallers.fromTrunk(0, 3_000, List.of(
                    new SippCall("5551008", "100", "1", 300, 30_000),
                    new SippCall("5551009", "100", "1", 300, 30_000))))
                    .awaitExit(Duration.ofSeconds(40));

            RecordedOutcomes journal = run.outcomes();
            assertEquals(2, journal.matching("answered ").size(), journal.lines().toString());
            assertTrue(journal.matching("offered ").stream().allMatch(line -> line.endsWith("-> agent2")),
                    "only agent2, whose phone was idle, was offered calls: " + journal.matching("offered "));
            assertEquals(1, run.trace("agent1").count("INVITE_RECEIVED"),
                    "agent1's phone rang only for its own, non-ACD call");
        }
    }
}
