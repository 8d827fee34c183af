package org.acd.server.asterisk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.acd.simulator.lab.AsteriskLab;
import org.acd.simulator.sipp.SippAgentPhone;
import org.acd.simulator.sipp.SippKeyingCaller;
import org.acd.simulator.sipp.SippTrace;
import org.acd.simulator.sipp.SippTraceLine;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The retail IVR (config/examples/retail.yaml) run by our FastAGI server for SIPp callers keying
 * RFC 2833 digits through the lab's Asterisk: order-status self-service that never reaches an agent,
 * and a platinum customer routed straight to an agent. The lab plays placeholder recordings for the
 * shop's prompts (scripts/asterisk-lab), of known lengths: the keys are timed to land in the menus.
 */
@Tag("asterisk")
@ExtendWith(AsteriskLabExtension.class)
final class IvrCallTest {

    /** In config/examples/customers.csv: Leo Vogt, standard tier (a platinum caller would skip the menu). */
    private static final String STANDARD_CALLER = "+4930555013";
    /** In config/examples/customers.csv: Ida Lang, platinum. */
    private static final String PLATINUM_CALLER = "+4930555010";
    /** Ida Lang's shipped order. */
    private static final String SHIPPED_ORDER = "100234";

    @Test
    void shouldContainAnOrderStatusCallInTheIvr(AsteriskLab lab) throws Exception {
        try (LabRun run = LabRun.start(lab, LabShop.routing(), LabShop.telephony(lab))) {
            // Keys pressed during the welcome (1.4 s, after a first call's warm-up up to 2.5 s later)
            // are lost, as Asterisk drops keys a prompt does not listen for; the main menu (1.3 s, then
            // 5 s for a key) takes 1 for order status at 6 s. The order number follows, a key every
            // 700 ms, ended by #; the status is said and played, and the caller hangs up while the
            // "anything else" menu waits.
            List<SippKeyingCaller.Keystroke> keys = new ArrayList<>(SippKeyingCaller.evenly("1", 6_000, 0));
            keys.addAll(SippKeyingCaller.evenly(SHIPPED_ORDER + "#", 2_500, 700));
            var caller = run.keyingCaller(new SippKeyingCaller("order-status", STANDARD_CALLER, "100", keys,
                    9_000, 0));
            caller.awaitExit(Duration.ofSeconds(60));
            run.await("the call left the IVR", Duration.ofSeconds(10),
                    () -> !run.ivrJournal(new IvrLines()).of("flowLeft").isEmpty());

            IvrLines ivr = run.ivrJournal(new IvrLines());
            assertEquals(List.of("identify CALLER_ID FOUND", "find_order ORDER FOUND"), ivr.of("lookupCompleted"));
            assertEquals(1, ivr.of("flowLeft").size(), ivr.lines().toString());
            assertTrue(ivr.of("flowLeft").get(0).endsWith(" CONTAINED"), ivr.lines().toString());
            assertTrue(ivr.of("nodeVisited").containsAll(List.of("main say_status", "main status_word")),
                    ivr.lines().toString());
            assertEquals(List.of(), ivr.of("flowProblem"), "every prompt of this path exists in the lab");

            SippTrace trace = run.trace("order-status");
            assertEquals(List.of("1", "1", "0", "0", "2", "3", "4", "#"),
                    trace.events("DTMF_SENT").stream().map(SippTraceLine::detail).toList());
            assertEquals(1, trace.count("BYE_SENT"), "the caller hung up after the status");
            assertEquals(List.of(), run.outcomes().lines(), "a contained call never reaches the engine");
        }
    }

    @Test
    void shouldPutAPlatinumCallerThroughToAnAgent(AsteriskLab lab) throws Exception {
        try (LabRun run = LabRun.start(lab, LabShop.routing(), LabShop.telephony(lab))) {
            run.phone(SippAgentPhone.answering(LabShop.AGENT_PHONE, 300, 2_000));
            run.loginReady(LabShop.AGENT);

            var caller = run.keyingCaller(new SippKeyingCaller("platinum", PLATINUM_CALLER, "100", List.of(),
                    20_000, 1));
            run.awaitOutcome("answered ", Duration.ofSeconds(20));
            caller.awaitExit(Duration.ofSeconds(30));

            IvrLines ivr = run.ivrJournal(new IvrLines());
            assertEquals(List.of("identify CALLER_ID FOUND"), ivr.of("lookupCompleted"));
            assertEquals(List.of("main vip_queue QUEUED"), ivr.of("flowLeft"));
            assertEquals(List.of(PLATINUM_CALLER), run.trace("agent" + LabShop.AGENT_PHONE).events("INVITE_RECEIVED")
                    .stream().map(SippTraceLine::party).toList(), "agent3's phone rang for the platinum caller");
            List<String> entered = run.outcomes().matching("entered ");
            assertEquals(1, entered.size(), run.outcomes().lines().toString());
            assertTrue(entered.get(0).endsWith(" orders tier=platinum pos=1"), entered.toString());
            assertEquals(1, run.trace("platinum").count("BYE_RECEIVED"), "the agent's hang-up ended the call");
        }
    }
}
