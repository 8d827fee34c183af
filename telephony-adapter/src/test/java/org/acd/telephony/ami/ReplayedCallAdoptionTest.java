package org.acd.telephony.ami;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.acd.core.api.CallState;
import org.acd.core.view.CallView;
import org.acd.core.view.ConfigReloads;
import org.acd.core.view.EngineSnapshot;
import org.acd.telephony.calls.CallLegs;
import org.acd.telephony.calls.OfferChannelId;
import org.acd.telephony.testing.FakeManagerConnection;
import org.acd.telephony.testing.RecordingAcdEvents;
import org.asteriskjava.manager.action.HangupAction;
import org.asteriskjava.manager.action.ManagerAction;
import org.asteriskjava.manager.action.StatusAction;
import org.asteriskjava.manager.event.ResponseEvent;
import org.asteriskjava.manager.event.StatusEvent;
import org.junit.jupiter.api.Test;

final class ReplayedCallAdoptionTest {

    private final Clock clock = Clock.fixed(Instant.ofEpochMilli(8_000), ZoneOffset.UTC);
    private final RecordingAcdEvents events = new RecordingAcdEvents();
    private final CallLegs legs = new CallLegs(events, clock);
    private final FakeManagerConnection asterisk = new FakeManagerConnection();

    @Test
    void shouldWatchAReplayedCallerStillOnTheLineAndCloseOneWhoLeftWhileTheServerWasDown() {
        asterisk.listEvents(List.of(status("PJSIP/trunk-00000001", "1700000000.1", "1")));

        adoption(call(1, CallState.QUEUED, ""), call(2, CallState.QUEUED, "")).run();
        legs.channelHungUp("1700000000.1");

        assertEquals(List.of("callerHungUp 8000 2", "callerHungUp 8000 1"), events.events());
    }

    @Test
    void shouldNotEndAgainACallWhoseHangUpWasReportedWhileTheSnapshotWasTaken() {
        CallLegs.CallerLeg leg = new CallLegs.CallerLeg(4, "PJSIP/trunk-00000004", "1700000000.4", "5551004");
        legs.callerArriving(leg);
        legs.callerQueued(leg, "sales", "standard");
        EngineSnapshot stillLive = snapshot(call(4, CallState.QUEUED, ""));

        new ReplayedCallAdoption(new AmiActions(asterisk.connection(), Duration.ofSeconds(1)), () -> {
            legs.channelHungUp("1700000000.4");
            return CompletableFuture.completedFuture(stillLive);
        }, legs, events, clock).run();

        assertEquals(List.of("callerHungUp 8000 4"), events.events().stream()
                        .filter(event -> event.startsWith("callerHungUp")).toList(),
                "the resynchronisation closed it; the engine's snapshot had not caught up yet");
    }

    @Test
    void shouldAskAsteriskForTheCallIdOfEveryChannel() throws InterruptedException {
        adoption().run();

        assertEquals("ACD_CALL_ID", ((StatusAction) asterisk.nextAction()).getVariables());
    }

    @Test
    void shouldKeepTheAgentsPhoneRingingForAReplayedOfferAndFailAnOfferWhosePhoneStopped() {
        OfferChannelId ringing = new OfferChannelId(3, 1, "agent1");
        asterisk.listEvents(List.of(status("PJSIP/trunk-00000003", "1700000000.3", "3"),
                status("PJSIP/agent1-00000004", ringing.value(), null),
                status("PJSIP/trunk-00000005", "1700000000.5", "5")));

        adoption(call(3, CallState.OFFERED, "agent1"), call(5, CallState.OFFERED, "agent2")).run();

        assertEquals(List.of("offerFailed 8000 agent2 5"), events.events());
        assertEquals(ringing, legs.ringingOfferOf("agent1").orElseThrow());
    }

    @Test
    void shouldHangUpACallerHoldingForACallTheEngineDoesNotHold() throws InterruptedException {
        asterisk.listEvents(List.of(status("PJSIP/trunk-00000007", "1700000000.7", "7")));

        adoption().run();

        asterisk.nextAction();
        ManagerAction hangup = asterisk.nextAction();
        assertEquals("PJSIP/trunk-00000007", ((HangupAction) hangup).getChannel());
        assertTrue(events.events().isEmpty());
    }

    @Test
    void shouldLeaveAWaitingCallbackAlone() {
        adoption(new CallView(9, "sales", "standard", "5551009", CallState.CALLBACK_PENDING, 0, 0, 0, 0, "",
                "", 0, 0, Long.MIN_VALUE, Long.MIN_VALUE, Map.of(), "5551009", 0, Long.MIN_VALUE, 1, -1)).run();

        assertEquals(List.of(), events.events());
    }

    private ReplayedCallAdoption adoption(CallView... calls) {
        EngineSnapshot snapshot = snapshot(calls);
        return new ReplayedCallAdoption(new AmiActions(asterisk.connection(), Duration.ofSeconds(1)),
                () -> CompletableFuture.completedFuture(snapshot), legs, events, clock);
    }

    private static EngineSnapshot snapshot(CallView... calls) {
        return new EngineSnapshot(8_000, 0, 0, 0, List.of(), List.of(), List.of(calls), ConfigReloads.NONE);
    }

    private static CallView call(long id, CallState state, String agentId) {
        return new CallView(id, "sales", "standard", "555100" + id, state, 0, 0, 0, 0, "", agentId, 0, 0,
                Long.MIN_VALUE, Long.MIN_VALUE, Map.of(), "", 0, Long.MIN_VALUE, 1, -1);
    }

    private static ResponseEvent status(String channel, String uniqueId, String callId) {
        StatusEvent event = new StatusEvent("asterisk");
        event.setChannel(channel);
        event.setUniqueId(uniqueId);
        event.setVariables(callId == null ? Map.of() : Map.of("ACD_CALL_ID", callId));
        return event;
    }
}
