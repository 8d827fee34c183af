package org.acd.server.asterisk;

import static org.acd.server.asterisk.JournalLines.enteredCallIds;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import org.acd.server.telephony.LabConfig;
import org.acd.simulator.lab.AsteriskLab;
import org.acd.simulator.sipp.SippAgentPhone;
import org.acd.simulator.sipp.SippCall;
import org.acd.simulator.sipp.SippCallers;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A position and wait announcement through the lab's Asterisk: the waiting caller is redirected to
 * the dialplan's {@code acd-announce}, hears it, holds on music there, and is still the channel an
 * agent's leg bridges to. The announcement is commanded here as the engine commands it every
 * {@code announce.every}.
 */
@Tag("asterisk")
@ExtendWith(AsteriskLabExtension.class)
final class AnnouncementTest {

    private static final LabConfig CONFIG = new LabConfig(Duration.ofSeconds(20), Duration.ZERO, List.of());

    @Test
    void shouldAnnounceAndHoldTheCallerOnMusicAgainWhereTheAgentStillReachesThem(AsteriskLab lab) throws Exception {
        try (LabRun run = LabRun.start(lab, CONFIG)) {
            run.phone(SippAgentPhone.answering(4, 300, 2_000));
            run.loginNotReady("agent4");
            run.callers(SippCallers.fromTrunk(0, 1_000, List.of(new SippCall("5551009", "100", "1", 2_000, 30_000))));
            run.awaitOutcome("entered ", Duration.ofSeconds(10));
            long callId = enteredCallIds(run.outcomes()).get(0);

            run.server().adapter().commands().announcePosition(callId, 3, 125);
            run.await("the caller heard the announcement and holds on music in acd-announce", Duration.ofSeconds(20),
                    () -> lab.cli("core show channels concise").lines()
                            .anyMatch(line -> line.startsWith("PJSIP/trunk-") && line.contains("!acd-announce!")
                                    && line.contains("!MusicOnHold!")));

            run.events().agentReady(System.currentTimeMillis(), "agent4");
            run.awaitOutcome("completed " + callId + " by agent4", Duration.ofSeconds(20));
            assertEquals(List.of(), run.outcomes().matching("abandoned "));
            assertEquals(1, run.trace("trunk0").count("BYE_RECEIVED"), "the agent's hang-up ended the bridged call");
        }
    }
}
