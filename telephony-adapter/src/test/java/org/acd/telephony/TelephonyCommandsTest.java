package org.acd.telephony;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.acd.core.api.ExitAction;
import org.acd.telephony.ami.AmiActions;
import org.acd.telephony.calls.CallLegs;
import org.acd.telephony.calls.CallLegs.AgentLeg;
import org.acd.telephony.calls.CallLegs.CallerLeg;
import org.acd.telephony.calls.OfferChannelId;
import org.acd.telephony.scripts.CallbackAnsweredScript;
import org.acd.telephony.testing.FakeManagerConnection;
import org.acd.telephony.testing.RecordingAcdEvents;
import org.acd.telephony.testing.ScriptedAgiSession;
import org.asteriskjava.manager.action.HangupAction;
import org.asteriskjava.manager.action.OriginateAction;
import org.asteriskjava.manager.action.RedirectAction;
import org.asteriskjava.manager.action.SetVarAction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

final class TelephonyCommandsTest {

    private static final CallerLeg CALLER = new CallerLeg(42, "PJSIP/trunk-00000001", "1700000000.12", "5551234");
    private static final OfferChannelId OFFER = new OfferChannelId(42, 1, "agent1");

    private final RecordingAcdEvents events = new RecordingAcdEvents();
    private final CallLegs legs = new CallLegs(events, Clock.fixed(Instant.ofEpochMilli(9_000), ZoneOffset.UTC));
    private final FakeManagerConnection asterisk = new FakeManagerConnection();
    private TelephonyCommands commands;

    @BeforeEach
    void queueTheCaller() {
        commands = new TelephonyCommands(legs, new AmiActions(asterisk.connection(), Duration.ofSeconds(1)),
                Duration.ofSeconds(60));
        legs.callerArriving(CALLER);
        legs.callerQueued(CALLER, "sales", "standard");
    }

    @AfterEach
    void stop() {
        commands.close();
    }

    @Test
    void shouldRingTheAgentsPhoneIntoTheAgentContextWithTheOffersChannelIdAndTheCallersNumber() throws Exception {
        commands.offerCall(42, "agent1", "PJSIP/agent1");

        OriginateAction originate = assertInstanceOf(OriginateAction.class, asterisk.nextAction());
        assertEquals("PJSIP/agent1", originate.getChannel());
        assertEquals(OFFER.value(), originate.getChannelId());
        assertEquals(Dialplan.AGENT_CONTEXT, originate.getContext());
        assertEquals("s", originate.getExten());
        assertEquals("5551234", originate.getCallerId());
        assertEquals(60_000L, originate.getTimeout());
        assertTrue(originate.getAsync());
    }

    @Test
    void shouldReportTheOfferFailedWhenAsteriskRefusesTheOriginate() throws Exception {
        asterisk.refuse("Originate", "Originate failed");

        commands.offerCall(42, "agent1", "PJSIP/agent1");
        asterisk.nextAction();

        awaitEvents(List.of("callQueued 9000 42 sales standard 5551234", "offerFailed 9000 agent1 42"));
    }

    @Test
    void shouldDialTheCustomerOfACallbackThroughTheCallbackContextsOnAKeptLocalChannel() throws Exception {
        commands.placeCallback(42, "agent1", "PJSIP/agent1", "5559876");

        OriginateAction originate = assertInstanceOf(OriginateAction.class, asterisk.nextAction());
        assertEquals("Local/5559876@" + Dialplan.CALLBACK_OUT_CONTEXT + "/n", originate.getChannel());
        assertEquals("acd-callback-42-1-agent1", originate.getChannelId());
        assertEquals(Dialplan.CALLBACK_CONTEXT, originate.getContext());
        assertTrue(originate.getAsync());
    }

    @Test
    void shouldFailTheCallbackAttemptWhenAsteriskRefusesTheOriginate() throws Exception {
        asterisk.refuse("Originate", "Originate failed");

        commands.placeCallback(42, "agent1", "PJSIP/agent1", "5559876");
        asterisk.nextAction();

        awaitEvents(List.of("callQueued 9000 42 sales standard 5551234", "callbackFailed 9000 42 UNREACHABLE"));
    }

    @Test
    void shouldRingTheReservedAgentOnceTheCustomerAnswersAndBridgeTheAgentToTheCustomer() throws Exception {
        legs.callbackRequested(42, "5559876");
        commands.placeCallback(42, "agent1", "PJSIP/agent1", "5559876");
        String customerLeg = assertInstanceOf(OriginateAction.class, asterisk.nextAction()).getChannelId();
        ScriptedAgiSession customer = ScriptedAgiSession.on("Local/5559876@acd-callback-out-00000001;1", customerLeg,
                "", Dialplan.CALLBACK_ANSWERED_SCRIPT, Map.of());

        new CallbackAnsweredScript(legs, commands).run(customer);

        assertEquals(List.of("SET VARIABLE \"ACD_CALL_ID\" \"42\""), customer.sentCommands());
        customer.reply(200, "1", "");
        assertTrue(customer.isClosed(), "the dialplan holds the customer on music");
        OriginateAction ring = assertInstanceOf(OriginateAction.class, asterisk.nextAction());
        assertEquals("PJSIP/agent1", ring.getChannel());
        assertEquals("5559876", ring.getCallerId(), "the agent's phone shows the customer's number");
        OfferChannelId offer = OfferChannelId.parse(ring.getChannelId()).orElseThrow();
        ScriptedAgiSession agentLeg = ScriptedAgiSession.on("PJSIP/agent1-0000002a", offer.value(), "5559876",
                Dialplan.AGENT_ANSWERED_SCRIPT, Map.of());
        legs.agentAnswered(new AgentLeg(offer, agentLeg));
        commands.connectCall(42, "agent1");

        awaitCommands(agentLeg, List.of("EXEC \"Bridge\" \"Local/5559876@acd-callback-out-00000001;1,x\""));
        legs.channelHungUp(customerLeg);
        assertEquals(List.of("callQueued 9000 42 sales standard 5551234", "callbackRequested 9000 42 5559876",
                "callbackAnswered 9000 42", "agentAnswered 9000 agent1 42", "callerHungUp 9000 42"), events.events());
    }

    @Test
    void shouldHangUpTheCustomersLegWhenTheEngineTakesTheAttemptBackBeforeTheyAnswer() throws Exception {
        commands.placeCallback(42, "agent1", "PJSIP/agent1", "5559876");
        String customerLeg = assertInstanceOf(OriginateAction.class, asterisk.nextAction()).getChannelId();

        commands.cancelOffer(42, "agent1");

        assertEquals(customerLeg, assertInstanceOf(HangupAction.class, asterisk.nextAction()).getChannel());
        ScriptedAgiSession lateAnswer = ScriptedAgiSession.on("Local/5559876@acd-callback-out-00000001;1",
                customerLeg, "", Dialplan.CALLBACK_ANSWERED_SCRIPT, Map.of());
        new CallbackAnsweredScript(legs, commands).run(lateAnswer);
        assertTrue(lateAnswer.isClosed(), "a customer answering a withdrawn attempt is let go");
        assertEquals(List.of("callQueued 9000 42 sales standard 5551234"), events.events());
    }

    @Test
    void shouldRedirectTheWaitingCallerToTheAnnouncementWithItsPositionAndWaitInMinutesRoundedUp()
            throws Exception {
        commands.announcePosition(42, 3, 121);

        assertSetVar(Dialplan.POSITION_VARIABLE, "3");
        assertSetVar(Dialplan.WAIT_MINUTES_VARIABLE, "3");
        RedirectAction redirect = assertInstanceOf(RedirectAction.class, asterisk.nextAction());
        assertEquals(CALLER.channel(), redirect.getChannel());
        assertEquals(Dialplan.ANNOUNCE_CONTEXT, redirect.getContext());
        assertEquals("s", redirect.getExten());
        commands.announcePosition(42, 0, -1);
        assertSetVar(Dialplan.POSITION_VARIABLE, "0");
        assertSetVar(Dialplan.WAIT_MINUTES_VARIABLE, "");
    }

    @Test
    void shouldRedirectTheWaitingCallerToTheCallbackOffer() throws Exception {
        commands.offerCallback(42);

        RedirectAction redirect = assertInstanceOf(RedirectAction.class, asterisk.nextAction());
        assertEquals(CALLER.channel(), redirect.getChannel());
        assertEquals(Dialplan.CALLBACK_OFFER_CONTEXT, redirect.getContext());
    }

    @Test
    void shouldCountAnnouncementsAndOffersForACallerWhoIsGoneOrWhoseRedirectIsRefused() throws Exception {
        asterisk.refuse("Redirect", "Channel not found");
        commands.offerCallback(42);
        asterisk.nextAction();
        commands.announcePosition(7, 3, 120);
        commands.offerCallback(7);

        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (commands.callbackOffersNotMade() < 2 && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        assertEquals(2, commands.callbackOffersNotMade());
        assertEquals(1, commands.announcementsNotPlayed());
    }

    @Test
    void shouldHangUpTheRingingLegWhenTheOfferIsCancelledAndIgnoreItsHangUp() throws Exception {
        commands.offerCall(42, "agent1", "PJSIP/agent1");
        asterisk.nextAction();

        commands.cancelOffer(42, "agent1");

        assertEquals(OFFER.value(), assertInstanceOf(HangupAction.class, asterisk.nextAction()).getChannel());
        legs.channelHungUp(OFFER.value());
        assertEquals(List.of("callQueued 9000 42 sales standard 5551234"), events.events(),
                "a withdrawn ring that hangs up is not a failed offer");
    }

    @Test
    void shouldGiveTheSameAgentRungAgainForTheSameCallANewLegSoTheFirstRingsLateHangUpIsNotItsFailure()
            throws Exception {
        commands.offerCall(42, "agent1", "PJSIP/agent1");
        String firstRing = assertInstanceOf(OriginateAction.class, asterisk.nextAction()).getChannelId();
        commands.cancelOffer(42, "agent1");
        assertEquals(firstRing, assertInstanceOf(HangupAction.class, asterisk.nextAction()).getChannel());

        commands.offerCall(42, "agent1", "PJSIP/agent1");
        String secondRing = assertInstanceOf(OriginateAction.class, asterisk.nextAction()).getChannelId();
        legs.channelHungUp(firstRing);

        assertNotEquals(firstRing, secondRing);
        assertEquals(List.of("callQueued 9000 42 sales standard 5551234"), events.events(),
                "the first ring's late hang-up says nothing about the second");
        legs.channelHungUp(secondRing);
        assertEquals(List.of("callQueued 9000 42 sales standard 5551234", "offerFailed 9000 agent1 42"),
                events.events());
    }

    @Test
    void shouldBridgeTheAnsweredLegToTheCallerAndEndTheSessionWhenTheBridgeEnds() throws Exception {
        commands.offerCall(42, "agent1", "PJSIP/agent1");
        asterisk.nextAction();
        ScriptedAgiSession agentLeg = ScriptedAgiSession.on("PJSIP/agent1-0000002a", OFFER.value(), "5551234",
                Dialplan.AGENT_ANSWERED_SCRIPT, Map.of());
        legs.agentAnswered(new AgentLeg(OFFER, agentLeg));

        commands.connectCall(42, "agent1");

        awaitCommands(agentLeg, List.of("EXEC \"Bridge\" \"PJSIP/trunk-00000001,x\""));
        agentLeg.reply(200, "0", "");
        awaitClosed(agentLeg);
    }

    @Test
    void shouldHangUpACallerWhoseQueueExitIsAHangUpAndForgetIt() throws Exception {
        commands.exitQueue(42, ExitAction.HANGUP, null);

        assertEquals(CALLER.channel(), assertInstanceOf(HangupAction.class, asterisk.nextAction()).getChannel());
        legs.channelHungUp(CALLER.uniqueId());
        assertEquals(List.of("callQueued 9000 42 sales standard 5551234"), events.events(),
                "the engine already ended the call");
    }

    @Test
    void shouldSendACallerToTheExitContextWithItsTarget() throws Exception {
        commands.exitQueue(42, ExitAction.VOICEMAIL, "orders");

        SetVarAction target = assertInstanceOf(SetVarAction.class, asterisk.nextAction());
        assertEquals(Dialplan.EXIT_TARGET_VARIABLE, target.getVariable());
        assertEquals("orders", target.getValue());
        RedirectAction redirect = assertInstanceOf(RedirectAction.class, asterisk.nextAction());
        assertEquals(CALLER.channel(), redirect.getChannel());
        assertEquals(Dialplan.EXIT_CONTEXT, redirect.getContext());
        assertEquals("voicemail", redirect.getExten());
    }

    private void assertSetVar(String variable, String value) throws InterruptedException {
        SetVarAction set = assertInstanceOf(SetVarAction.class, asterisk.nextAction());
        assertEquals(CALLER.channel(), set.getChannel());
        assertEquals(variable, set.getVariable());
        assertEquals(value, set.getValue());
    }

    private void awaitEvents(List<String> expected) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (!events.events().equals(expected) && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        assertEquals(expected, events.events());
    }

    private static void awaitClosed(ScriptedAgiSession session) {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (!session.isClosed() && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        assertTrue(session.isClosed(), "the session ends when the bridge ends");
    }

    private static void awaitCommands(ScriptedAgiSession session, List<String> expected) {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (!session.sentCommands().equals(expected) && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        assertEquals(expected, session.sentCommands());
    }
}
