package org.acd.telephony.scripts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import org.acd.core.api.QueueRequest;
import org.acd.ivr.FlowEngine;
import org.acd.ivr.IvrServices;
import org.acd.ivr.QueueInsight;
import org.acd.ivr.directory.CallerDirectories;
import org.acd.telephony.agi.AgiReply;
import org.acd.telephony.calls.CallIds;
import org.acd.telephony.calls.CallLegs;
import org.acd.telephony.ivr.AgiIvrHandoff;
import org.acd.telephony.ivr.IvrCalls;
import org.acd.telephony.ivr.JournaledIvrOutcomes;
import org.acd.telephony.testing.RecordingAcdEvents;
import org.acd.telephony.testing.RecordingIvrJournal;
import org.acd.telephony.testing.ScriptedAgiSession;
import org.junit.jupiter.api.Test;

/**
 * The shipped retail flows run over a scripted FastAGI session, wired as the adapter wires them, on
 * a Monday morning (the shop is open).
 */
final class IvrCallScriptTest {

    private static final AcdConfig RETAIL = ConfigLoader.load(Path.of("../config/examples/retail.yaml"));
    private static final Clock MONDAY_MORNING = Clock.fixed(Instant.parse("2026-11-23T09:00:00Z"), ZoneOffset.UTC);
    private static final long CALL_ID = (1_700_000_000_000L << 16) + 1;
    private static final String EVERY_KEY = "\"0123456789*#\"";
    private static final String PLATINUM_CALLER = "+4930555010";
    private static final String NEW_CALLER = "+4930555013";
    /** The retail vip_queue node's 20 points on top of the platinum tier's priority. */
    private static final QueueRequest VIP_QUEUE_PRIORITY = new QueueRequest(Map.of(), 20, 0);

    private final RecordingAcdEvents events = new RecordingAcdEvents();
    private final CallLegs legs = new CallLegs(events, MONDAY_MORNING);
    private final RecordingIvrJournal journal = new RecordingIvrJournal();
    private final IvrCalls calls = new IvrCalls();
    private final IvrCallScript script = script();

    @Test
    void shouldQueueAPlatinumCallerInTheVipQueueWithTheirTier() {
        ScriptedAgiSession session = trunkCall(PLATINUM_CALLER);
        script.run(session);

        answer(session, "STREAM FILE \"shop-welcome\" \"\"", played());
        answer(session, "SET VARIABLE \"ACD_CALL_ID\" \"" + CALL_ID + "\"", new AgiReply(200, "1", ""));

        assertTrue(session.isClosed());
        assertEquals(List.of("callQueued " + MONDAY_MORNING.millis() + " " + CALL_ID + " orders platinum " + PLATINUM_CALLER
                + " " + VIP_QUEUE_PRIORITY), events.events());
        assertEquals(List.of("flowLeft " + CALL_ID + " main vip_queue QUEUED"), journal.records("flowLeft"));
        assertEquals(0, calls.size());
    }

    @Test
    void shouldEndAnOrderStatusCallInTheIvrAsContained() {
        ScriptedAgiSession session = trunkCall(NEW_CALLER);
        script.run(session);

        answer(session, "STREAM FILE \"shop-welcome\" \"\"", played());
        answer(session, "STREAM FILE \"main-menu\" " + EVERY_KEY, keyed('1'));
        answer(session, "STREAM FILE \"enter-order-number\" " + EVERY_KEY, keyed('1'));
        for (char key : "00234#".toCharArray()) {
            answer(session, "WAIT FOR DIGIT 3000", new AgiReply(200, Integer.toString(key), ""));
        }
        answer(session, "SAY DIGITS \"100234\" \"\"", new AgiReply(200, "0", ""));
        answer(session, "STREAM FILE \"order-status-shipped\" \"\"", played());
        for (int attempt = 1; attempt <= 2; attempt++) {
            answer(session, "STREAM FILE \"anything-else\" " + EVERY_KEY, played());
            answer(session, "WAIT FOR DIGIT 5000", new AgiReply(200, "0", ""));
        }
        answer(session, "STREAM FILE \"goodbye\" \"\"", played());
        assertFalse(session.isClosed());
        answer(session, "HANGUP", new AgiReply(200, "1", ""));

        assertTrue(session.isClosed());
        assertEquals(List.of(), events.events(), "a contained call never reaches the engine");
        assertEquals(List.of("lookupCompleted " + CALL_ID + " identify CALLER_ID FOUND",
                "lookupCompleted " + CALL_ID + " find_order ORDER FOUND"), journal.records("lookupCompleted"));
        assertEquals(List.of("flowLeft " + CALL_ID + " main goodbye CONTAINED"), journal.records("flowLeft"));
    }

    @Test
    void shouldEndTheSessionOfACallerWhoHangsUpInTheMenuWithoutTellingTheEngine() {
        ScriptedAgiSession session = trunkCall(NEW_CALLER);
        script.run(session);
        answer(session, "STREAM FILE \"shop-welcome\" \"\"", played());

        session.channelHungUp();
        answer(session, "STREAM FILE \"main-menu\" " + EVERY_KEY, new AgiReply(200, "-1", "", 3_000));

        assertTrue(session.isClosed());
        assertEquals(List.of(), events.events());
        assertEquals(List.of("flowLeft " + CALL_ID + " main main_menu CALLER_HUNG_UP"), journal.records("flowLeft"));
        assertEquals(0, calls.size());
    }

    @Test
    void shouldSkipAPromptAsteriskCannotPlayAndGoOn() {
        ScriptedAgiSession session = trunkCall(PLATINUM_CALLER);
        script.run(session);

        answer(session, "STREAM FILE \"shop-welcome\" \"\"", new AgiReply(200, "-1", "", 0));

        assertEquals(List.of("flowProblem " + CALL_ID + " welcome cannot play prompt 'shop-welcome'"),
                journal.records("flowProblem"));
        answer(session, "SET VARIABLE \"ACD_CALL_ID\" \"" + CALL_ID + "\"", new AgiReply(200, "1", ""));
        assertEquals(List.of("callQueued " + MONDAY_MORNING.millis() + " " + CALL_ID + " orders platinum " + PLATINUM_CALLER
                + " " + VIP_QUEUE_PRIORITY), events.events());
    }

    private IvrCallScript script() {
        QueueInsight noQuestionsAsked = queueId -> CompletableFuture.failedFuture(
                new AssertionError("the retail entry flow asks no queue questions"));
        AgiIvrHandoff handoff = new AgiIvrHandoff(calls, legs, "orders", "standard");
        IvrServices services = new IvrServices(
                CallerDirectories.of(RETAIL.callerDirectory().orElseThrow(), Runnable::run), noQuestionsAsked,
                handoff, new JournaledIvrOutcomes(journal), MONDAY_MORNING, Runnable::run);
        return new IvrCallScript(FlowEngine.of(RETAIL, services), calls, new CallIds(1_700_000_000_000L),
                ZoneId.of("Europe/Berlin"));
    }

    /** Asserts that {@code command} is the last one sent, then answers it. */
    private static void answer(ScriptedAgiSession session, String command, AgiReply reply) {
        List<String> sent = session.sentCommands();
        assertEquals(command, sent.get(sent.size() - 1), "sent so far: " + sent);
        session.reply(reply);
    }

    private static AgiReply played() {
        return new AgiReply(200, "0", "", 16_000);
    }

    private static AgiReply keyed(char key) {
        return new AgiReply(200, Integer.toString(key), "", 4_000);
    }

    private static ScriptedAgiSession trunkCall(String callerId) {
        return ScriptedAgiSession.on("PJSIP/trunk-00000001", "1700000000.12", callerId, "inbound", Map.of());
    }
}
