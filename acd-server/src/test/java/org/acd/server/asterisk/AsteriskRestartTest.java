package org.acd.server.asterisk;

import static org.acd.server.asterisk.JournalLines.enteredCallIds;
import static org.acd.server.asterisk.JournalLines.only;
import static org.junit.jupiter.api.Assertions.assertEquals;

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

/**
 * Behaviour 8: Asterisk dies in the middle of a test and comes back. The adapter reconnects and
 * resynchronises: the call that vanished with Asterisk is closed in the journal, not left waiting,
 * and new calls are routed again.
 */
@Tag("asterisk")
@ExtendWith(AsteriskLabExtension.class)
final class AsteriskRestartTest {

    @Test
    void shouldCloseCallsLostWithAsteriskAndRouteAgainAfterItRestarts(AsteriskLab lab) throws Exception {
        LabConfig config = new LabConfig(Duration.ofSeconds(10), Duration.ZERO, List.of());
        try (LabRun run = LabRun.start(lab, config)) {
            run.phone(SippAgentPhone.answering(3, 100, 500));
            run.loginNotReady("agent3");
            var waiting = run.callers(SippCallers.fromTrunk(0, 1_000,
                    List.of(new SippCall("5551011", "100", "1", 300, 60_000))));
            run.await("a caller waiting", Duration.ofSeconds(10), () -> run.snapshot().calls().size() == 1);

            lab.kill();
            run.await("the adapter seeing AMI down", Duration.ofSeconds(10),
                    () -> !run.server().adapter().amiConnected());
            lab.start();
            run.await("the adapter reconnected", Duration.ofSeconds(20), () -> run.server().adapter().amiConnected());
            run.await("the lost call closed", Duration.ofSeconds(10), () -> run.snapshot().calls().isEmpty());
            waiting.close();

            run.events().agentReady(System.currentTimeMillis(), "agent3");
            run.callers(SippCallers.fromTrunk(1, 1_000, List.of(new SippCall("5551012", "100", "1", 300, 30_000))))
                    .awaitExit(Duration.ofSeconds(45));

            RecordedOutcomes journal = run.outcomes();
            List<Long> calls = enteredCallIds(journal);
            assertEquals(2, calls.size(), journal.lines().toString());
            only(journal, "abandoned " + calls.get(0));
            only(journal, "answered " + calls.get(1) + " by agent3");
            assertEquals(1, run.trace("agent3").count("ANSWERED"));
        }
    }
}
