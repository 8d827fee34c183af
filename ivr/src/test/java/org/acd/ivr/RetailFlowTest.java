package org.acd.ivr;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.acd.config.ConfigLoader;
import org.acd.config.ivr.CallbackOffer;
import org.acd.config.model.AcdConfig;
import org.acd.ivr.directory.CallerDirectories;
import org.acd.ivr.testing.FlowHarness;
import org.acd.ivr.testing.RecordingHandoff;
import org.acd.ivr.testing.RecordingOutcomes;
import org.acd.ivr.testing.ScriptedChannel;
import org.junit.jupiter.api.Test;

/** The shipped example's flows ({@code config/examples/retail.yaml} and its customers.csv), end to end. */
final class RetailFlowTest {

    static final Path RETAIL = Path.of("../config/examples/retail.yaml");
    private static final Instant MONDAY_11_BERLIN = Instant.parse("2026-11-23T10:00:00Z");
    private static final String IDA_PLATINUM = "+4930555010";
    private static final String LEO_STANDARD = "+4930555013";
    private static final String UNKNOWN = "+15550123";
    private static final long CALL_ID = 7;

    private final AcdConfig config = ConfigLoader.load(RETAIL);
    private final RecordingOutcomes outcomes = new RecordingOutcomes();
    private final RecordingHandoff handoff = new RecordingHandoff();

    private FlowEngine engineAt(Instant now) {
        IvrServices services = new IvrServices(CallerDirectories.of(config.callerDirectory().orElseThrow(), Runnable::run),
                queue -> CompletableFuture.completedFuture(new QueueInsight.QueueStatus(30_000, 2)), handoff, outcomes,
                Clock.fixed(now, ZoneOffset.UTC), Runnable::run);
        return FlowEngine.of(config, services);
    }

    private FlowExit call(String callerNumber, ScriptedChannel channel) {
        return FlowHarness.await(engineAt(MONDAY_11_BERLIN).start(CALL_ID, callerNumber, channel));
    }

    @Test
    void shouldSendAPlatinumCallerStraightToTheVipQueue() {
        ScriptedChannel channel = new ScriptedChannel();

        FlowExit exit = call(IDA_PLATINUM, channel);

        assertEquals(new FlowExit(IvrExit.QUEUED, "main", "vip_queue"), exit);
        assertEquals(List.of("main/welcome", "main/identify", "main/after_hours_check", "main/vip_check",
                "main/vip_queue"), outcomes.path());
        QueueRequest request = handoff.queued().get(0);
        assertEquals("orders", request.queueId());
        assertEquals("platinum", request.tierId());
        assertEquals(20, request.priority());
        assertEquals(List.of("play:shop-welcome"), channel.heard());
        assertEquals(List.of("entered main from " + IDA_PLATINUM, "visited main/welcome", "visited main/identify",
                "lookup identify CALLER_ID FOUND", "visited main/after_hours_check", "visited main/vip_check",
                "visited main/vip_queue", "left main/vip_queue QUEUED"), outcomes.lines(),
                "everything the journal will hold about the call, in order");
    }

    @Test
    void shouldContainACallerWhoHearsTheirOrderStatus() {
        ScriptedChannel channel = new ScriptedChannel().press("1").press("100234#").silence(2);

        FlowExit exit = call(LEO_STANDARD, channel);

        assertEquals(new FlowExit(IvrExit.CONTAINED, "main", "goodbye"), exit);
        assertEquals(List.of("play:shop-welcome", "play:main-menu", "play:enter-order-number", "digits:100234",
                "play:order-status-shipped", "play:anything-else", "play:anything-else", "play:goodbye", "hangup"),
                channel.heard());
        assertEquals(List.of("lookup identify CALLER_ID FOUND", "lookup find_order ORDER FOUND"),
                outcomes.starting("lookup"));
        assertEquals(List.of("left main/goodbye CONTAINED"), outcomes.starting("left"));
        assertEquals(List.of(), handoff.queued());
    }

    @Test
    void shouldQueueACallerWhoPressesTwoForReturns() {
        ScriptedChannel channel = new ScriptedChannel().press("2");

        FlowExit exit = call(UNKNOWN, channel);

        assertEquals(new FlowExit(IvrExit.QUEUED, "main", "returns_queue"), exit);
        QueueRequest request = handoff.queued().get(0);
        assertEquals("returns", request.queueId());
        assertEquals("standard", request.tierId());
        assertEquals(Optional.empty(), request.callbackOffer());
        assertEquals(List.of("lookup identify CALLER_ID NOT_FOUND"), outcomes.starting("lookup"));
    }

    @Test
    void shouldQueueACallerWhoKeysNothingWithTheCallbackOffer() {
        ScriptedChannel channel = new ScriptedChannel().silence(3);

        FlowExit exit = call(UNKNOWN, channel);

        assertEquals(new FlowExit(IvrExit.QUEUED, "main", "orders_queue"), exit);
        assertEquals(List.of("play:shop-welcome", "play:main-menu", "play:main-menu", "play:main-menu"),
                channel.heard(), "the menu and its 2 retries");
        assertEquals(3, outcomes.starting("rejected main_menu NO_INPUT").size());
        QueueRequest request = handoff.queued().get(0);
        assertEquals("orders", request.queueId());
        assertEquals(Optional.of(new CallbackOffer("callback_offer", 120_000)), request.callbackOffer());
    }

    @Test
    void shouldTellAnUnknownOrderAndGoBackToTheMainMenu() {
        ScriptedChannel channel = new ScriptedChannel().press("1").press("999999#").press("2");

        FlowExit exit = call(UNKNOWN, channel);

        assertEquals("returns_queue", exit.nodeId());
        assertEquals(List.of("lookup identify CALLER_ID NOT_FOUND", "lookup find_order ORDER NOT_FOUND"),
                outcomes.starting("lookup"));
        assertEquals(List.of("play:shop-welcome", "play:main-menu", "play:enter-order-number", "play:order-not-found",
                "play:main-menu"), channel.heard());
    }

    @Test
    void shouldPlayTheClosedMessageOutsideBusinessHoursAndOnHolidays() {
        Instant sunday = Instant.parse("2026-11-29T10:00:00Z");
        Instant christmasEveThursday = Instant.parse("2026-12-24T10:00:00Z");
        for (Instant closed : List.of(sunday, christmasEveThursday)) {
            ScriptedChannel channel = new ScriptedChannel();

            FlowExit exit = FlowHarness.await(engineAt(closed).start(CALL_ID, IDA_PLATINUM, channel));

            assertEquals(new FlowExit(IvrExit.FLOW_HUNG_UP, "main", "goodbye"), exit);
            assertEquals(List.of("play:shop-welcome", "play:shop-closed", "play:opening-hours", "play:goodbye",
                    "hangup"), channel.heard());
        }
    }

    @Test
    void shouldTakeACallbackFromAWaitingCallerWhoAcceptsTheOffer() {
        ScriptedChannel channel = new ScriptedChannel().press("1").press("1");
        Map<String, String> queuedCall = Map.of("tier", "gold");

        CompletionStage<FlowExit> running = engineAt(MONDAY_11_BERLIN).start("callback_offer", CALL_ID, LEO_STANDARD,
                queuedCall, channel);

        assertEquals(new FlowExit(IvrExit.CALLBACK, "callback_offer", "thanks"), FlowHarness.await(running));
        assertEquals(List.of(new CallbackRequest(CALL_ID, LEO_STANDARD, LEO_STANDARD, "gold",
                Map.of("tier", "gold", "caller_number", LEO_STANDARD))), handoff.callbacks());
        assertEquals(List.of("play:callback-offer", "play:callback-confirm-number", "play:callback-thanks", "hangup"),
                channel.heard());
    }

    @Test
    void shouldKeepACallerWaitingWhoDeclinesTheCallback() {
        ScriptedChannel channel = new ScriptedChannel().press("2");

        FlowExit exit = FlowHarness.await(engineAt(MONDAY_11_BERLIN).start("callback_offer", CALL_ID, LEO_STANDARD,
                Map.of(), channel));

        assertEquals(new FlowExit(IvrExit.QUEUED, "callback_offer", "back_to_queue"), exit);
        assertEquals("true", handoff.queued().get(0).attributes().get("callback_declined"));
        assertEquals(List.of(), handoff.callbacks());
    }
}
