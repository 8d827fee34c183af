package org.acd.server.asterisk;

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

/** Behaviour 7: agents log in, get ready, pause and log out from their phones with feature codes over AGI. */
@Tag("asterisk")
@ExtendWith(AsteriskLabExtension.class)
final class FeatureCodeTest {

    @Test
    void shouldLogInReadyPauseAndLogOutAgentFromItsPhone(AsteriskLab lab) throws Exception {
        LabConfig config = new LabConfig(Duration.ofSeconds(10), Duration.ZERO, List.of());
        try (LabRun run = LabRun.start(lab, config)) {
            run.phone(SippAgentPhone.answering(8, 100, 500));

            assertEquals(1, run.dial(8, "*71").count("ANSWERED"), "*71 answered with a confirmation");
            run.await("agent8 logged in (ready) after *71", Duration.ofSeconds(5),
                    () -> run.agent("agent8").state().name().equals("READY"));
            run.dial(8, "*73");
            run.await("agent8 paused after *73", Duration.ofSeconds(5),
                    () -> run.agent("agent8").state().name().equals("NOT_READY"));
            run.dial(8, "*74");
            run.await("agent8 ready after *74", Duration.ofSeconds(5),
                    () -> run.agent("agent8").state().name().equals("READY"));

            run.callers(SippCallers.fromTrunk(0, 1_000, List.of(new SippCall("5551010", "100", "1", 300, 30_000))))
                    .awaitExit(Duration.ofSeconds(30));
            assertEquals(1, run.trace("agent8").count("ANSWERED"), "the ready agent took the call");

            run.dial(8, "*72");
            run.await("agent8 logged out after *72", Duration.ofSeconds(5),
                    () -> run.agent("agent8").state().name().equals("LOGGED_OUT"));
            assertEquals(List.of("agent agent8 READY", "agent agent8 NOT_READY(break)", "agent agent8 READY",
                            "agent agent8 RESERVED", "agent agent8 ON_CALL", "agent agent8 READY",
                            "agent agent8 LOGGED_OUT"),
                    run.outcomes().matching("agent agent8"));
        }
    }
}
