package org.acd.ivr;

import static org.acd.ivr.testing.FlowHarness.CALL_ID;
import static org.acd.ivr.testing.FlowHarness.PLATINUM;
import static org.acd.ivr.testing.FlowHarness.flow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.acd.config.ivr.CallbackOffer;
import org.acd.config.ivr.FlowNode;
import org.acd.config.ivr.LookupSource;
import org.acd.ivr.testing.FlowHarness;
import org.acd.ivr.testing.ScriptedChannel;
import org.junit.jupiter.api.Test;

final class TerminalNodeTest {

    @Test
    void shouldQueueWithTheTierSkillsPriorityAttributesAndCallbackOfferTheFlowGathered() {
        CallbackOffer offer = new CallbackOffer("callback_offer", 120_000);
        FlowHarness harness = flow("identify",
                "identify", new FlowNode.Lookup(LookupSource.CALLER_ID, Optional.empty(), "german", "german", "german"),
                "german", new FlowNode.SetValues(Map.of("reason", "order-${language}"), Map.of("orders", 3), 10, "urgent"),
                "urgent", new FlowNode.SetValues(Map.of(), Map.of("orders", 5, "vip", 1), 5, "queue"),
                "queue", new FlowNode.Queue("orders", 20, Optional.of(offer)));
        ScriptedChannel channel = new ScriptedChannel();

        FlowExit exit = harness.run(PLATINUM, channel);

        assertEquals(new FlowExit(IvrExit.QUEUED, FlowHarness.FLOW, "queue"), exit);
        QueueRequest request = harness.handoff.queued().get(0);
        assertEquals(CALL_ID, request.callId());
        assertEquals("orders", request.queueId());
        assertEquals("platinum", request.tierId());
        assertEquals(Map.of("orders", 5, "vip", 1), request.extraSkills(), "the higher minimum proficiency wins");
        assertEquals(35, request.priority(), "set points 10 + 5, queue node 20");
        assertEquals(PLATINUM, request.callerNumber());
        assertEquals("order-de", request.attributes().get("reason"));
        assertEquals(PLATINUM, request.attributes().get("caller_number"));
        assertEquals(Optional.of(offer), request.callbackOffer());
        assertEquals(List.of(), channel.heard(), "a queued caller is the telephony side's to hold");
        assertFalse(channel.flowHungUp());
    }

    @Test
    void shouldHandAVoicemailCallOffAfterItsPrompt() {
        FlowHarness harness = flow("vm", "vm", new FlowNode.Voicemail("orders", Optional.of("leave-a-message")));
        ScriptedChannel channel = new ScriptedChannel();

        FlowExit exit = harness.run(PLATINUM, channel);

        assertEquals(IvrExit.VOICEMAIL, exit.exit());
        assertEquals(List.of("play:leave-a-message"), channel.heard());
        assertEquals(List.of("voicemail orders"), harness.handoff.others());
    }

    @Test
    void shouldNotHandOffAVoicemailWhenTheCallerHangsUpDuringItsPrompt() {
        FlowHarness harness = flow("vm", "vm", new FlowNode.Voicemail("orders", Optional.of("leave-a-message")));

        FlowExit exit = harness.run(PLATINUM, new ScriptedChannel().hangUp());

        assertEquals(IvrExit.CALLER_HUNG_UP, exit.exit());
        assertEquals(List.of(), harness.handoff.others());
    }

    @Test
    void shouldHandATransferOff() {
        FlowHarness harness = flow("out", "out", new FlowNode.Transfer("partner-helpdesk"));

        FlowExit exit = harness.run(PLATINUM, new ScriptedChannel());

        assertEquals(new FlowExit(IvrExit.TRANSFERRED, FlowHarness.FLOW, "out"), exit);
        assertEquals(List.of("transfer partner-helpdesk"), harness.handoff.others());
    }

    @Test
    void shouldPlayTheGoodbyeAndHangUp() {
        FlowHarness harness = flow("bye", "bye", new FlowNode.Hangup(Optional.of("goodbye")));
        ScriptedChannel channel = new ScriptedChannel();

        FlowExit exit = harness.run(PLATINUM, channel);

        assertEquals(new FlowExit(IvrExit.FLOW_HUNG_UP, FlowHarness.FLOW, "bye"), exit);
        assertEquals(List.of("play:goodbye", "hangup"), channel.heard());
        assertTrue(channel.flowHungUp());
        assertEquals(List.of("left test/bye FLOW_HUNG_UP"), harness.outcomes.starting("left"),
                "the channel's hang-up after the flow's own is not the caller's");
    }
}
