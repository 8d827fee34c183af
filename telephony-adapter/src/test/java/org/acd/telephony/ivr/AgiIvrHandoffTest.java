package org.acd.telephony.ivr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.acd.config.ivr.CallbackOffer;
import org.acd.ivr.CallbackRequest;
import org.acd.ivr.QueueRequest;
import org.acd.telephony.calls.CallLegs;
import org.acd.telephony.calls.CallLegs.CallerLeg;
import org.acd.telephony.testing.RecordingAcdEvents;
import org.acd.telephony.testing.ScriptedAgiSession;
import org.junit.jupiter.api.Test;

final class AgiIvrHandoffTest {

    private static final long CALL_ID = 77;
    private static final CallerLeg LEG = new CallerLeg(CALL_ID, "PJSIP/trunk-00000001", "1700000000.12", "5551234");

    private final RecordingAcdEvents events = new RecordingAcdEvents();
    private final CallLegs legs = new CallLegs(events, Clock.fixed(Instant.ofEpochMilli(5_000), ZoneOffset.UTC));
    private final IvrCalls calls = new IvrCalls();
    private final AgiIvrHandoff handoff = new AgiIvrHandoff(calls, legs, "orders", "standard");
    private final ScriptedAgiSession session = ScriptedAgiSession.on(LEG.channel(), LEG.uniqueId(),
            LEG.callerNumber(), "inbound", Map.of());
    private final AgiIvrChannel channel = new AgiIvrChannel(session, ZoneId.of("UTC"));

    AgiIvrHandoffTest() {
        calls.add(new IvrCall(LEG, session, channel));
    }

    @Test
    void shouldQueueTheCallWithTheFlowsQueueTierSkillsPriorityAndCallbackOfferOnceTheDialplanCanHoldIt() {
        handoff.queue(new QueueRequest(CALL_ID, "returns", "gold", Map.of("vip", 1), 20, "5551234", Map.of(),
                Optional.of(new CallbackOffer("callback_offer", 120_000))));

        assertTrue(channel.released());
        assertEquals(List.of("SET VARIABLE \"ACD_CALLBACK_FLOW\" \"callback_offer\"",
                "SET VARIABLE \"ACD_CALL_ID\" \"77\""), session.sentCommands());
        session.reply(200, "1", "");
        session.reply(200, "1", "");
        assertTrue(session.isClosed());
        assertEquals(List.of("callQueued 5000 77 returns gold 5551234 " + new org.acd.core.api.QueueRequest(
                Map.of("vip", 1), 20, 120_000)), events.events());
    }

    @Test
    void shouldQueueACallWhoseFlowFailedInTheDefaultQueueWithTheDefaultTier() {
        handoff.failed(CALL_ID, "main", "vip_check", "no case for tier 'diamond' and no default");
        session.reply(200, "1", "");

        assertEquals(List.of("callQueued 5000 77 orders standard 5551234"), events.events());
    }

    @Test
    void shouldNeverQueueACallerWhoHungUpBeforeTheDefaultQueue() {
        handoff.failed(CALL_ID, "main", "welcome", "broken channel");
        session.reply(511, "", "Command Not Permitted on a dead channel or intercepted by a handler");

        assertTrue(session.isClosed());
        assertEquals(List.of(), events.events());
    }

    @Test
    void shouldLeaveACallerInVoicemailThroughTheSession() {
        handoff.voicemail(CALL_ID, "orders", Map.of());

        assertEquals(List.of("EXEC \"VoiceMail\" \"orders,u\""), session.sentCommands());
        assertFalse(session.isClosed());
        session.reply(200, "0", "");
        assertTrue(session.isClosed());
        assertEquals(List.of(), events.events());
    }

    @Test
    void shouldTransferThroughTheDialplansExitWithTheTarget() {
        handoff.transfer(CALL_ID, "PJSIP/front-desk");

        assertEquals(List.of("SET VARIABLE \"ACD_EXIT_TARGET\" \"PJSIP/front-desk\"", "SET CONTEXT \"acd-exit\"",
                "SET EXTENSION \"transfer\"", "SET PRIORITY \"1\""), session.sentCommands());
        for (int reply = 0; reply < 4; reply++) {
            session.reply(200, "0", "");
        }
        assertTrue(session.isClosed());
    }

    @Test
    void shouldQueueAnEntryFlowsCallbackInTheDefaultQueueAndLeaveTheChannelToTheFlow() {
        handoff.callback(new CallbackRequest(CALL_ID, "5559999", "5551234", "gold", Map.of()));

        assertFalse(channel.released());
        assertEquals(List.of(), session.sentCommands());
        assertEquals(List.of("callQueued 5000 77 orders gold 5551234", "callbackRequested 5000 77 5559999"),
                events.events());
        legs.channelHungUp(LEG.uniqueId());
        assertEquals(2, events.events().size(), "the caller's hang-up after the thanks is not an abandon");
    }

    @Test
    void shouldSendAQueuedCallerWhoseOfferFlowEndsInAQueueBackToHoldWithoutQueueingItAgain() {
        legs.callerArriving(LEG);
        legs.callerQueued(LEG, "returns", "standard");

        handoff.queue(new QueueRequest(CALL_ID, "orders", "standard", Map.of(), 0, "5551234", Map.of(),
                Optional.empty()));

        assertTrue(channel.released());
        assertTrue(session.isClosed(), "the offer's dialplan holds the caller on music again");
        assertEquals(List.of(), session.sentCommands());
        assertEquals(List.of("callQueued 5000 77 returns standard 5551234"), events.events());
    }

    @Test
    void shouldRequestTheCallbackOfAQueuedCallerWithoutQueueingItAgain() {
        calls.remove(CALL_ID);
        legs.callerArriving(LEG);
        legs.callerQueued(LEG, "returns", "standard");

        handoff.callback(new CallbackRequest(CALL_ID, "5559999", "5551234", "standard", Map.of()));
        legs.channelHungUp(LEG.uniqueId());

        assertEquals(List.of("callQueued 5000 77 returns standard 5551234", "callbackRequested 5000 77 5559999"),
                events.events(), "the caller's hang-up after accepting is not news");
    }

    @Test
    void shouldIgnoreAHandOffOfACallNoLongerInTheIvr() {
        calls.remove(CALL_ID);

        handoff.voicemail(CALL_ID, "orders", Map.of());

        assertEquals(List.of(), session.sentCommands());
    }
}
