package org.acd.server.asterisk;

import static org.acd.server.asterisk.JournalLines.enteredCallIds;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.acd.core.reporting.KpiReport;
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

/**
 * A callback that keeps the caller's place, through the lab's Asterisk: the caller accepts a callback
 * (published as the IVR's callback node publishes it) and hangs up; once an agent is ready the server
 * calls the customer back through the dialplan's {@code acd-callback-out} (pjsip.conf's
 * {@code customers}, a SIPp phone on the trunk's last port), and when the customer answers it rings
 * the agent and bridges the two.
 */
@Tag("asterisk")
@ExtendWith(AsteriskLabExtension.class)
final class CallbackTest {

    private static final LabConfig CONFIG = new LabConfig(Duration.ofSeconds(20), Duration.ZERO, List.of());
    private static final String CUSTOMER_NUMBER = "5550199";
    /** The customers' contact in pjsip.conf: the trunk's last port, 5090 + 9. */
    private static final int CUSTOMER_PORT = 5099;

    @Test
    void shouldCallTheCustomerBackAndConnectTheAgentWithoutCountingAnAbandon(AsteriskLab lab) throws Exception {
        try (LabRun run = LabRun.start(lab, CONFIG)) {
            run.phone(SippAgentPhone.answering(2, 300, 2_000));
            // A SIPp phone that answers after 300 ms and hangs up after 4 s, listening on the customers' port.
            run.phone(SippAgentPhone.answering(CUSTOMER_PORT - SippAgentPhone.BASE_PORT, 300, 4_000));
            run.loginNotReady("agent2");

            // The digit comes 2 s after the answer, when the menu listens even on a cold server's first call;
            // the caller holds 8 s after it, time enough on a busy machine to accept the callback first.
            run.callers(SippCallers.fromTrunk(0, 1_000, List.of(new SippCall("5551007", "100", "1", 2_000, 8_000))));
            run.awaitOutcome("entered ", Duration.ofSeconds(10));
            long callId = enteredCallIds(run.outcomes()).get(0);
            run.events().callbackRequested(System.currentTimeMillis(), callId, CUSTOMER_NUMBER);
            run.awaitOutcome("callback requested " + callId, Duration.ofSeconds(5));
            run.await("the caller hung up", Duration.ofSeconds(20),
                    () -> run.trace("trunk0").count("BYE_SENT") == 1);

            run.events().agentReady(System.currentTimeMillis(), "agent2");
            run.awaitOutcome("answered " + callId + " by agent2", Duration.ofSeconds(20));

            RecordedOutcomes journal = run.outcomes();
            assertEquals(List.of("callback answered " + callId + " #1 -> agent2"),
                    journal.matching("callback answered "), journal.lines().toString());
            assertEquals(List.of(), journal.matching("abandoned "), "a callback is not an abandon");
            List<SippTraceLine> customerInvites = run.trace("agent" + (CUSTOMER_PORT - SippAgentPhone.BASE_PORT))
                    .events("INVITE_RECEIVED");
            assertEquals(1, customerInvites.size(), "the customer was called back once");
            List<SippTraceLine> agentInvites = run.trace("agent2").events("INVITE_RECEIVED");
            assertEquals(List.of(CUSTOMER_NUMBER), agentInvites.stream().map(SippTraceLine::party).toList(),
                    "the agent's phone rang with the customer's number");
            assertTrue(agentInvites.get(0).epochMillis() >= customerInvites.get(0).epochMillis(),
                    "the customer is called first, the agent once they answered");
            run.awaitOutcome("completed " + callId + " by agent2", Duration.ofSeconds(15));
            KpiReport report = run.report();
            assertEquals(List.of(1L, 1L, 0L), List.of(report.callbacksRequested(), report.callbacksDelivered(),
                    report.abandoned()), "the report counts a callback delivered, not abandoned: " + report);
        }
    }

    @Test
    void shouldFailTheAttemptAsBusyWhenTheCustomersLineIsBusyAndFreeTheAgent(AsteriskLab lab) throws Exception {
        try (LabRun run = LabRun.start(lab, CONFIG)) {
            run.phone(SippAgentPhone.answering(2, 300, 2_000));
            run.phone(SippAgentPhone.busy(CUSTOMER_PORT - SippAgentPhone.BASE_PORT));
            run.loginNotReady("agent2");
            run.callers(SippCallers.fromTrunk(0, 1_000, List.of(new SippCall("5551008", "100", "1", 2_000, 30_000))));
            run.awaitOutcome("entered ", Duration.ofSeconds(10));
            long callId = enteredCallIds(run.outcomes()).get(0);
            run.events().callbackRequested(System.currentTimeMillis(), callId, CUSTOMER_NUMBER);

            run.events().agentReady(System.currentTimeMillis(), "agent2");
            run.awaitOutcome("callback attempt failed " + callId, Duration.ofSeconds(15));

            RecordedOutcomes journal = run.outcomes();
            String failed = journal.matching("callback attempt failed ").get(0);
            assertTrue(failed.startsWith("callback attempt failed " + callId + " #1 -> agent2 BUSY"), failed);
            assertEquals(List.of(), run.trace("agent2").events("INVITE_RECEIVED"), "the agent is rung only for a customer on the line");
            assertEquals("READY", run.agent("agent2").state().name(), "the agent is free again until the retry");
        }
    }
}
