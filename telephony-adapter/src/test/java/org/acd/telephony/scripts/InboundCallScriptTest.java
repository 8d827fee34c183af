package org.acd.telephony.scripts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.acd.telephony.calls.CallIds;
import org.acd.telephony.calls.CallLegs;
import org.acd.telephony.calls.CallLegs.CallerLeg;
import org.acd.telephony.testing.RecordingAcdEvents;
import org.acd.telephony.testing.ScriptedAgiSession;
import org.junit.jupiter.api.Test;

final class InboundCallScriptTest {

    private static final String MENU = "GET DATA \"acd-main-menu\" 5000 1";
    private static final InboundRouting ROUTING = new InboundRouting("acd-main-menu", Duration.ofSeconds(5),
            Map.of("1", "sales", "2", "support"), "general", Map.of("5551234", "gold"), "standard");
    private static final long FIRST_CALL_ID = (1_700_000_000_000L << 16) + 1;

    private final RecordingAcdEvents events = new RecordingAcdEvents();
    private final CallLegs legs = new CallLegs(events, Clock.fixed(Instant.ofEpochMilli(5_000), ZoneOffset.UTC));
    private final InboundCallScript script = new InboundCallScript(ROUTING, new CallIds(1_700_000_000_000L), legs);

    @Test
    void shouldQueueCallerOnTheQueueOfTheKeyedDigitWithTheTierOfTheirNumber() {
        ScriptedAgiSession session = trunkCall("5551234");
        script.run(session);
        assertEquals(List.of(MENU), session.sentCommands());

        session.reply(200, "2", "");

        assertEquals(List.of(), events.events(), "the engine hears of the call once the dialplan can hold it");
        assertEquals(List.of(MENU, "SET VARIABLE \"ACD_CALL_ID\" \"" + FIRST_CALL_ID + "\""), session.sentCommands());
        assertFalse(session.isClosed());

        session.reply(200, "1", "");

        assertTrue(session.isClosed());
        assertEquals(List.of("callQueued 5000 " + FIRST_CALL_ID + " support gold 5551234"), events.events());
        assertEquals(Optional.of(new CallerLeg(FIRST_CALL_ID, "PJSIP/trunk-00000001", "1700000000.12", "5551234")),
                legs.caller(FIRST_CALL_ID));
    }

    @Test
    void shouldQueueCallerWhoKeysNothingOnTheDefaultQueue() {
        ScriptedAgiSession session = trunkCall("unknown");
        script.run(session);

        session.reply(200, "", "timeout");
        session.reply(200, "1", "");

        assertEquals(List.of("callQueued 5000 " + FIRST_CALL_ID + " general standard "), events.events());
    }

    @Test
    void shouldQueueCallerWhoKeysAnUnknownDigitOnTheDefaultQueue() {
        ScriptedAgiSession session = trunkCall("5550000");
        script.run(session);

        session.reply(200, "9", "");
        session.reply(200, "1", "");

        assertEquals(List.of("callQueued 5000 " + FIRST_CALL_ID + " general standard 5550000"), events.events());
    }

    @Test
    void shouldReportTheLaterHangUpOfAQueuedCaller() {
        ScriptedAgiSession session = trunkCall("5551234");
        script.run(session);
        session.reply(200, "1", "");
        session.reply(200, "1", "");

        legs.channelHungUp("1700000000.12");

        assertEquals(List.of("callQueued 5000 " + FIRST_CALL_ID + " sales gold 5551234",
                "callerHungUp 5000 " + FIRST_CALL_ID), events.events());
    }

    @Test
    void shouldPublishNothingForACallerWhoHangsUpInTheMenu() {
        ScriptedAgiSession session = trunkCall("5551234");
        script.run(session);

        session.reply(200, "-1", "");

        assertEquals(List.of(), events.events());
        assertEquals(List.of(MENU), session.sentCommands());
        assertTrue(session.isClosed());
    }

    @Test
    void shouldPublishNothingWhenTheMenuIsRefused() {
        ScriptedAgiSession session = trunkCall("5551234");
        script.run(session);

        session.reply(511, "", "Command Not Permitted on a dead channel or intercepted by a handler");

        assertEquals(List.of(), events.events());
        assertTrue(session.isClosed());
    }

    @Test
    void shouldPublishNothingWhenTheSessionEndsDuringTheMenu() {
        ScriptedAgiSession session = trunkCall("5551234");
        script.run(session);

        session.endSession();

        assertEquals(List.of(), events.events());
        assertTrue(session.isClosed());
    }

    @Test
    void shouldNeverQueueACallerWhoseCallIdCannotBeSet() {
        ScriptedAgiSession session = trunkCall("5551234");
        script.run(session);
        session.reply(200, "1", "");

        session.reply(511, "", "Command Not Permitted on a dead channel or intercepted by a handler");

        assertEquals(List.of(), events.events());
        assertTrue(session.isClosed());
        assertEquals(Optional.empty(), legs.caller(FIRST_CALL_ID));
    }

    @Test
    void shouldNeverQueueACallerWhoseSessionEndsBeforeTheCallIdIsSet() {
        ScriptedAgiSession session = trunkCall("5551234");
        script.run(session);
        session.reply(200, "1", "");

        session.endSession();

        assertEquals(List.of(), events.events());
        assertTrue(session.isClosed());
    }

    @Test
    void shouldNeverQueueACallerWhoHangsUpWhileTheCallIdIsSet() {
        ScriptedAgiSession session = trunkCall("5551234");
        script.run(session);
        session.reply(200, "1", "");

        legs.channelHungUp("1700000000.12");
        session.reply(200, "1", "");

        assertEquals(List.of(), events.events(), "the AMI hang-up came first: the engine never hears of the call");
        assertEquals(Optional.empty(), legs.caller(FIRST_CALL_ID));
    }

    @Test
    void shouldGiveEachCallItsOwnId() {
        ScriptedAgiSession first = trunkCall("5551234");
        ScriptedAgiSession second = ScriptedAgiSession.on("PJSIP/trunk-00000002", "1700000000.13", "5550000",
                "inbound", Map.of());
        script.run(first);
        script.run(second);

        first.reply(200, "1", "");
        second.reply(200, "1", "");
        first.reply(200, "1", "");
        second.reply(200, "1", "");

        assertEquals(List.of("callQueued 5000 " + FIRST_CALL_ID + " sales gold 5551234",
                "callQueued 5000 " + (FIRST_CALL_ID + 1) + " sales standard 5550000"), events.events());
    }

    private static ScriptedAgiSession trunkCall(String callerId) {
        return ScriptedAgiSession.on("PJSIP/trunk-00000001", "1700000000.12", callerId, "inbound", Map.of());
    }
}
