package org.acd.server.asterisk;

import static org.acd.server.asterisk.JournalLines.enteredCallIds;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.acd.core.testing.RecordedOutcomes;
import org.acd.simulator.lab.AsteriskLab;
import org.acd.simulator.sipp.SippAgentPhone;
import org.acd.simulator.sipp.SippKeyingCaller;
import org.acd.simulator.sipp.SippTraceLine;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The retail shop's in-queue callback offer through the lab's Asterisk: a caller queued by the IVR's
 * {@code orders_queue} node (which names the {@code callback_offer} flow) is offered a callback,
 * keys 1, is thanked and hung up; the server then calls them back and connects agent3. The offer is
 * commanded here as the engine commands it once the wait estimate passes the node's 2-minute
 * threshold, so that the test does not wait two minutes.
 */
@Tag("asterisk")
@ExtendWith(AsteriskLabExtension.class)
final class CallbackOfferTest {

    /** In config/examples/customers.csv: Leo Vogt, standard tier, who goes through the main menu. */
    private static final String STANDARD_CALLER = "+4930555013";
    /** The customers' contact in pjsip.conf: the trunk's last port, 5090 + 9. */
    private static final int CUSTOMER_PORT = 5099;

    @Test
    void shouldCallBackACallerWhoAcceptedTheOfferInTheQueueAndConnectTheAgent(AsteriskLab lab) throws Exception {
        try (LabRun run = LabRun.start(lab, LabShop.routing(), LabShop.telephony(lab))) {
            run.phone(SippAgentPhone.answering(LabShop.AGENT_PHONE, 300, 2_000));
            run.phone(SippAgentPhone.answering(CUSTOMER_PORT - SippAgentPhone.BASE_PORT, 300, 4_000));
            run.loginNotReady(LabShop.AGENT);
            // 0 in the main menu (at 6 s, as IvrCallTest keys it) queues the call in orders; 1 while the
            // offer plays or waits takes the callback, and a second 1 (or no key) confirms the number.
            List<SippKeyingCaller.Keystroke> keys = new ArrayList<>(SippKeyingCaller.evenly("0", 6_000, 0));
            keys.addAll(SippKeyingCaller.evenly("11", 2_500, 2_000));
            var caller = run.keyingCaller(new SippKeyingCaller("offered", STANDARD_CALLER, "100", keys, 20_000, 0));

            run.awaitOutcome("entered ", Duration.ofSeconds(15));
            long callId = enteredCallIds(run.outcomes()).get(0);
            run.server().adapter().commands().offerCallback(callId);
            run.awaitOutcome("callback requested " + callId, Duration.ofSeconds(20));
            caller.awaitExit(Duration.ofSeconds(30));
            assertEquals(1, run.trace("offered").count("BYE_RECEIVED"), "the offer flow thanked and hung up");

            run.events().agentReady(System.currentTimeMillis(), LabShop.AGENT);
            run.awaitOutcome("completed " + callId + " by " + LabShop.AGENT, Duration.ofSeconds(30));

            RecordedOutcomes journal = run.outcomes();
            assertEquals(List.of("callback answered " + callId + " #1 -> " + LabShop.AGENT),
                    journal.matching("callback answered "), journal.lines().toString());
            assertEquals(1, journal.matching("answered " + callId + " by " + LabShop.AGENT).size());
            assertEquals(List.of(), journal.matching("abandoned "), "a callback is not an abandon");
            List<SippTraceLine> customerInvites = run.trace("agent" + (CUSTOMER_PORT - SippAgentPhone.BASE_PORT))
                    .events("INVITE_RECEIVED");
            assertEquals(1, customerInvites.size(), "the customer was called back once");
            assertEquals(List.of(STANDARD_CALLER), run.trace("agent" + LabShop.AGENT_PHONE).events("INVITE_RECEIVED")
                    .stream().map(SippTraceLine::party).toList(), "the agent's phone showed the confirmed number");
            assertTrue(run.ivrJournal(new IvrLines()).of("flowLeft").stream().anyMatch(line -> line.contains("CALLBACK")),
                    run.ivrJournal(new IvrLines()).lines().toString());
        }
    }
}
