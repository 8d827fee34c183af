package org.acd.telephony.scripts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.acd.config.ConfigLoader;
import org.acd.config.model.AcdConfig;
import org.acd.ivr.FlowEngine;
import org.acd.ivr.IvrServices;
import org.acd.ivr.QueueInsight;
import org.acd.ivr.directory.CallerDirectories;
import org.acd.telephony.Dialplan;
import org.acd.telephony.agi.AgiReply;
import org.acd.telephony.calls.CallLegs;
import org.acd.telephony.calls.CallLegs.CallerLeg;
import org.acd.telephony.ivr.AgiIvrHandoff;
import org.acd.telephony.ivr.IvrCalls;
import org.acd.telephony.ivr.JournaledIvrOutcomes;
import org.acd.telephony.testing.RecordingAcdEvents;
import org.acd.telephony.testing.RecordingIvrJournal;
import org.acd.telephony.testing.ScriptedAgiSession;
import org.junit.jupiter.api.Test;

/**
 * The shipped retail callback offer flow run over a scripted FastAGI session for a caller already
 * waiting in a queue, wired as the adapter wires it.
 */
final class CallbackOfferScriptTest {

    private static final AcdConfig RETAIL = ConfigLoader.load(Path.of("../config/examples/retail.yaml"));
    private static final Clock NOW = Clock.fixed(Instant.parse("2026-11-23T09:00:00Z"), ZoneOffset.UTC);
    private static final CallerLeg CALLER = new CallerLeg(42, "PJSIP/trunk-00000001", "1700000000.12",
            "+4930555013");
    private static final String QUEUED = "callQueued " + NOW.millis() + " 42 billing standard +4930555013";

    private final RecordingAcdEvents events = new RecordingAcdEvents();
    private final CallLegs legs = new CallLegs(events, NOW);
    private final IvrCalls calls = new IvrCalls();
    private final CallbackOfferScript script = script();

    CallbackOfferScriptTest() {
        legs.callerArriving(CALLER);
        legs.callerQueued(CALLER, "billing", "standard");
    }

    @Test
    void shouldRequestTheCallbackOnTheCallersNumberWhenTheyAcceptAndHangUpAfterTheThanks() {
        ScriptedAgiSession session = offer("callback_offer");
        script.run(session);

        session.reply(keyed('1'));
        session.reply(keyed('1'));
        assertEquals(List.of(QUEUED, "callbackRequested " + NOW.millis() + " 42 +4930555013"), events.events());
        answerEverything(session);

        assertTrue(session.isClosed());
        assertEquals("HANGUP", last(session));
        legs.channelHungUp(CALLER.uniqueId());
        assertEquals(2, events.events().size(), "the caller hanging up after accepting is not an abandon");
        assertEquals(0, calls.size());
    }

    @Test
    void shouldLetACallerWhoDeclinesHoldAgainInTheSamePlace() {
        ScriptedAgiSession session = offer("callback_offer");
        script.run(session);

        session.reply(keyed('2'));

        assertTrue(session.isClosed(), "the dialplan holds the caller on music again");
        assertEquals(List.of(QUEUED), events.events());
        legs.channelHungUp(CALLER.uniqueId());
        assertEquals(List.of(QUEUED, "callerHungUp " + NOW.millis() + " 42"), events.events(),
                "still queued: a later hang-up is the caller's");
    }

    @Test
    void shouldSendACallerBackToHoldWhenNoOfferFlowIsNamedOrTheFlowIsUnknown() {
        ScriptedAgiSession unnamed = offer("");
        script.run(unnamed);
        ScriptedAgiSession unknown = offer("no_such_flow");
        script.run(unknown);

        assertTrue(unnamed.isClosed() && unknown.isClosed());
        assertEquals(List.of(), unnamed.sentCommands());
        assertEquals(List.of(), unknown.sentCommands());
        assertEquals(List.of(QUEUED), events.events());
    }

    private void answerEverything(ScriptedAgiSession session) {
        for (int step = 0; step < 20 && !session.isClosed(); step++) {
            session.reply(new AgiReply(200, "0", "", 0));
        }
    }

    private CallbackOfferScript script() {
        QueueInsight noQuestionsAsked = queueId -> CompletableFuture.failedFuture(
                new AssertionError("the retail offer flow asks no queue questions"));
        IvrServices services = new IvrServices(
                CallerDirectories.of(RETAIL.callerDirectory().orElseThrow(), Runnable::run), noQuestionsAsked,
                new AgiIvrHandoff(calls, legs, "orders", "standard"), new JournaledIvrOutcomes(new RecordingIvrJournal()),
                NOW, Runnable::run);
        return new CallbackOfferScript(FlowEngine.of(RETAIL, services), calls, legs, ZoneId.of("Europe/Berlin"));
    }

    private static String last(ScriptedAgiSession session) {
        List<String> sent = session.sentCommands();
        return sent.get(sent.size() - 1);
    }

    private static AgiReply keyed(char key) {
        return new AgiReply(200, Integer.toString(key), "", 4_000);
    }

    private static ScriptedAgiSession offer(String flow) {
        return ScriptedAgiSession.on(CALLER.channel(), CALLER.uniqueId(), CALLER.callerNumber(),
                Dialplan.CALLBACK_OFFER_SCRIPT, flow.isEmpty() ? Map.of() : Map.of("flow", flow));
    }
}
