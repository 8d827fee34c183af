package org.acd.server.asterisk;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import org.acd.server.telephony.LabConfig;
import org.acd.simulator.lab.AsteriskLab;
import org.acd.simulator.sipp.SippAgentPhone;
import org.acd.simulator.sipp.SippCall;
import org.acd.simulator.sipp.SippCallers;
import org.acd.simulator.sipp.SippTraceLine;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Behaviour 5: a VIP caller who arrives later is answered before a standard caller already waiting. */
@Tag("asterisk")
@ExtendWith(AsteriskLabExtension.class)
final class VipPriorityTest {

    private static final String VIP_NUMBER = "5550100";
    private static final String STANDARD_NUMBER = "5551007";

    @Test
    void shouldRingAgentForLaterVipCallerBeforeEarlierStandardCaller(AsteriskLab lab) throws Exception {
        LabConfig config = new LabConfig(Duration.ofSeconds(10), Duration.ZERO, List.of(VIP_NUMBER));
        try (LabRun run = LabRun.start(lab, config)) {
            run.phone(SippAgentPhone.answering(7, 200, 1_000));
            run.loginNotReady("agent7");

            var callers = run.callers(SippCallers.fromTrunk(0, 1_000, List.of(
                    new SippCall(STANDARD_NUMBER, "100", "1", 300, 30_000),
                    new SippCall(VIP_NUMBER, "100", "1", 300, 30_000))));
            run.await("both callers waiting in support", Duration.ofSeconds(10),
                    () -> run.snapshot().calls().size() == 2);
            run.events().agentReady(System.currentTimeMillis(), "agent7");
            callers.awaitExit(Duration.ofSeconds(30));

            List<String> rangFor = run.trace("agent7").events("INVITE_RECEIVED").stream()
                    .map(SippTraceLine::party).toList();
            assertEquals(List.of(VIP_NUMBER, STANDARD_NUMBER), rangFor,
                    "agent7's phone rang for the VIP caller first, though the standard caller waited longer");
        }
    }
}
