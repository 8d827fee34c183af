package org.acd.telephony.calls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.acd.telephony.calls.CallLegs.AgentLeg;
import org.acd.telephony.calls.CallLegs.CallerLeg;
import org.acd.telephony.testing.RecordingAcdEvents;
import org.acd.telephony.testing.ScriptedAgiSession;
import org.junit.jupiter.api.Test;

final class CallLegsTest {

    private static final CallerLeg CALLER = new CallerLeg(42, "PJSIP/trunk-00000001", "1700000000.12", "5551234");
    private static final OfferChannelId OFFER = new OfferChannelId(42, 1, "agent1");
    private static final int CALLS = 10_000;
    private static final int THREADS = 8;

    private final RecordingAcdEvents events = new RecordingAcdEvents();
    private final CallLegs legs = new CallLegs(events, Clock.fixed(Instant.ofEpochMilli(1_000), ZoneOffset.UTC));
    private final AgentLeg answeredLeg = new AgentLeg(OFFER, ScriptedAgiSession.on("PJSIP/agent1-0000002a",
            OFFER.value(), "5551234", "agent-answered", Map.of()));

    @Test
    void shouldPublishCallQueuedWhenTheCallerIsQueued() {
        legs.callerArriving(CALLER);

        legs.callerQueued(CALLER, "sales", "gold");

        assertEquals(List.of("callQueued 1000 42 sales gold 5551234"), events.events());
        assertEquals(Optional.of(CALLER), legs.caller(42));
    }

    @Test
    void shouldPublishTheCallersHangUpOnlyOnce() {
        legs.callerArriving(CALLER);

        legs.callerQueued(CALLER, "sales", "gold");

        legs.channelHungUp(CALLER.uniqueId());
        legs.channelHungUp(CALLER.uniqueId());

        assertEquals(List.of("callQueued 1000 42 sales gold 5551234", "callerHungUp 1000 42"), events.events());
        assertEquals(Optional.empty(), legs.caller(42));
    }

    @Test
    void shouldPublishNothingForTheHangUpOfAnUnknownChannel() {
        legs.channelHungUp("1700000000.99");
        legs.channelHungUp("acd-offer-42-1-agent1");

        assertEquals(List.of(), events.events());
    }

    @Test
    void shouldPublishOfferFailedOnceWhenARingingLegHangsUp() {
        legs.callerArriving(CALLER);

        legs.callerQueued(CALLER, "sales", "gold");
        legs.ringing(OFFER);

        legs.channelHungUp(OFFER.value());
        legs.channelHungUp(OFFER.value());

        assertEquals(List.of("offerFailed 1000 agent1 42"), endEvents());
        assertEquals(Optional.of(CALLER), legs.caller(42));
    }

    @Test
    void shouldPublishOfferFailedOnceWhenOriginateFailsAndTheLegThenHangsUp() {
        legs.callerArriving(CALLER);

        legs.callerQueued(CALLER, "sales", "gold");
        legs.ringing(OFFER);

        legs.offerFailed(OFFER);
        legs.channelHungUp(OFFER.value());
        legs.offerFailed(OFFER);

        assertEquals(List.of("offerFailed 1000 agent1 42"), endEvents());
    }

    @Test
    void shouldPublishNothingWhenAWithdrawnOfferHangsUp() {
        legs.callerArriving(CALLER);

        legs.callerQueued(CALLER, "sales", "gold");
        legs.ringing(OFFER);

        legs.offerWithdrawn(42, "agent1");
        legs.channelHungUp(OFFER.value());

        assertEquals(List.of(), endEvents());
    }

    @Test
    void shouldPublishAgentAnsweredAndKeepTheLegForTheBridge() {
        legs.callerArriving(CALLER);

        legs.callerQueued(CALLER, "sales", "gold");
        legs.ringing(OFFER);

        assertTrue(legs.agentAnswered(answeredLeg));

        assertEquals(List.of("agentAnswered 1000 agent1 42"), endEvents());
        assertSame(answeredLeg, legs.answeredLeg(42).orElseThrow());
    }

    @Test
    void shouldPublishAgentHungUpOnceAndSilenceTheCallersLaterHangUp() {
        answeredCall();

        legs.channelHungUp(OFFER.value());
        legs.channelHungUp(OFFER.value());
        legs.channelHungUp(CALLER.uniqueId());

        assertEquals(List.of("agentAnswered 1000 agent1 42", "agentHungUp 1000 42"), endEvents());
        assertEquals(Optional.empty(), legs.answeredLeg(42));
        assertEquals(Optional.empty(), legs.caller(42));
    }

    @Test
    void shouldPublishCallerHungUpOnceAndSilenceTheAgentsLaterHangUp() {
        answeredCall();

        legs.channelHungUp(CALLER.uniqueId());
        legs.channelHungUp(OFFER.value());

        assertEquals(List.of("agentAnswered 1000 agent1 42", "callerHungUp 1000 42"), endEvents());
        assertEquals(Optional.empty(), legs.answeredLeg(42));
    }

    @Test
    void shouldRefuseAnAnswerAfterTheOfferWasWithdrawn() {
        legs.callerArriving(CALLER);

        legs.callerQueued(CALLER, "sales", "gold");
        legs.ringing(OFFER);
        legs.offerWithdrawn(42, "agent1");

        assertFalse(legs.agentAnswered(answeredLeg));

        assertEquals(List.of(), endEvents());
        assertEquals(Optional.empty(), legs.answeredLeg(42));
    }

    @Test
    void shouldRefuseAnAnswerThatWasNeverRung() {
        assertFalse(legs.agentAnswered(answeredLeg));

        assertEquals(List.of(), events.events());
    }

    @Test
    void shouldIgnoreAnOfferFailureAfterTheAnswer() {
        answeredCall();

        legs.offerFailed(OFFER);

        assertEquals(List.of("agentAnswered 1000 agent1 42"), endEvents());
        assertTrue(legs.answeredLeg(42).isPresent());
    }

    @Test
    void shouldSilenceTheHangUpOfAnAnsweredLegWhoseOfferWasWithdrawn() {
        answeredCall();

        legs.offerWithdrawn(42, "agent1");
        legs.channelHungUp(OFFER.value());

        assertEquals(List.of("agentAnswered 1000 agent1 42"), endEvents());
        assertEquals(Optional.empty(), legs.answeredLeg(42));
    }

    @Test
    void shouldIgnoreTheHangUpOfAnotherAgentsLegForTheSameCall() {
        answeredCall();
        OfferChannelId otherAgent = new OfferChannelId(42, 1, "agent2");

        legs.channelHungUp(otherAgent.value());

        assertEquals(List.of("agentAnswered 1000 agent1 42"), endEvents());
        assertTrue(legs.answeredLeg(42).isPresent());
    }

    @Test
    void shouldSilenceTheHangUpOfACallerThatLeftTheQueue() {
        legs.callerArriving(CALLER);

        legs.callerQueued(CALLER, "sales", "gold");

        assertEquals(Optional.of(CALLER), legs.callerLeft(42));
        legs.channelHungUp(CALLER.uniqueId());

        assertEquals(List.of(), endEvents());
        assertEquals(Optional.empty(), legs.callerLeft(42));
    }

    @Test
    void shouldKnowTheUniqueIdsOfCallersRingingAndAnsweredLegs() {
        legs.callerArriving(CALLER);

        legs.callerQueued(CALLER, "sales", "gold");
        legs.ringing(OFFER);
        CallerLeg other = new CallerLeg(43, "PJSIP/trunk-00000002", "1700000000.13", "");
        legs.callerArriving(other);

        legs.callerQueued(other, "sales", "standard");
        OfferChannelId otherOffer = new OfferChannelId(43, 1, "agent2");
        legs.ringing(otherOffer);
        legs.agentAnswered(new AgentLeg(otherOffer, answeredLeg.session()));

        assertEquals(Set.of(CALLER.uniqueId(), OFFER.value(), other.uniqueId(), otherOffer.value()),
                legs.knownUniqueIds());
    }

    @Test
    void shouldCloseOnlyTheLegsKnownBeforeAndNoLongerLive() {
        CallerLeg gone = new CallerLeg(1, "PJSIP/trunk-00000001", "1700000000.1", "");
        CallerLeg live = new CallerLeg(2, "PJSIP/trunk-00000002", "1700000000.2", "");
        OfferChannelId goneRinging = new OfferChannelId(2, 1, "agent1");
        legs.callerArriving(gone);

        legs.callerQueued(gone, "sales", "standard");
        legs.callerArriving(live);

        legs.callerQueued(live, "sales", "standard");
        legs.ringing(goneRinging);
        Set<String> knownBefore = legs.knownUniqueIds();
        CallerLeg arrivedMeanwhile = new CallerLeg(3, "PJSIP/trunk-00000003", "1700000000.3", "");
        legs.callerArriving(arrivedMeanwhile);

        legs.callerQueued(arrivedMeanwhile, "sales", "standard");

        int closed = legs.reconcile(knownBefore, Set.of(live.uniqueId(), "1700000000.77"));

        assertEquals(2, closed);
        assertEquals(Set.of("callerHungUp 1000 1", "offerFailed 1000 agent1 2"), Set.copyOf(endEvents()));
        assertEquals(Set.of(live.uniqueId(), arrivedMeanwhile.uniqueId()), legs.knownUniqueIds());
    }

    @Test
    void shouldEndAnAnsweredCallOnceWhenBothItsLegsWereLostWhileAway() {
        answeredCall();
        Set<String> knownBefore = legs.knownUniqueIds();

        legs.reconcile(knownBefore, Set.of());

        List<String> ends = endEvents().stream().filter(e -> e.contains("HungUp")).toList();
        assertEquals(1, ends.size(), ends.toString());
        assertEquals(Set.of(), legs.knownUniqueIds());
    }

    private void answeredCall() {
        legs.callerArriving(CALLER);

        legs.callerQueued(CALLER, "sales", "gold");
        legs.ringing(OFFER);
        legs.agentAnswered(answeredLeg);
    }

    /** What was published after the calls were queued. */
    private List<String> endEvents() {
        return events.events().stream().filter(event -> !event.startsWith("callQueued")).toList();
    }

    /** Both legs of a call hanging up at once, from the AMI thread and the FastAGI loops, must end it exactly once. */
    @Test
    void shouldPublishExactlyOneEndPerCallWhenBothLegsHangUpAtOnce() throws InterruptedException {
        ScriptedAgiSession session = ScriptedAgiSession.on("PJSIP/agent1-00000001", "x", "", "agent-answered",
                Map.of());
        for (long callId = 1; callId <= CALLS; callId++) {
            CallerLeg queued = new CallerLeg(callId, "PJSIP/trunk-" + callId, callerUniqueId(callId), "");
            legs.callerArriving(queued);
            legs.callerQueued(queued, "q", "t");
            OfferChannelId offer = new OfferChannelId(callId, 1, "agent" + callId % 50);
            legs.ringing(offer);
            legs.agentAnswered(new AgentLeg(offer, session));
        }
        CountDownLatch start = new CountDownLatch(1);
        CountDownLatch done = new CountDownLatch(THREADS);
        Queue<Throwable> failures = new ConcurrentLinkedQueue<>();
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            // Thread pairs share a slice of the calls: the even one hangs up the callers, the odd one the agents.
            int slice = t / 2;
            boolean callerSide = t % 2 == 0;
            Thread thread = new Thread(() -> {
                try {
                    start.await();
                    for (long callId = 1 + slice; callId <= CALLS; callId += THREADS / 2) {
                        legs.channelHungUp(callerSide ? callerUniqueId(callId)
                                : new OfferChannelId(callId, 1, "agent" + callId % 50).value());
                    }
                } catch (Throwable e) {
                    failures.add(e);
                } finally {
                    done.countDown();
                }
            }, "hang-up-" + t);
            threads.add(thread);
            thread.start();
        }

        start.countDown();

        assertTrue(done.await(30, TimeUnit.SECONDS), "hang-up threads did not finish");
        assertEquals(List.of(), List.copyOf(failures));
        Map<Long, Integer> endsByCall = new TreeMap<>();
        for (String event : events.events()) {
            if (event.startsWith("callerHungUp ") || event.startsWith("agentHungUp ")) {
                endsByCall.merge(Long.parseLong(event.substring(event.lastIndexOf(' ') + 1)), 1, Integer::sum);
            }
        }
        assertEquals(CALLS, endsByCall.size());
        assertTrue(endsByCall.values().stream().allMatch(count -> count == 1),
                "calls ended more than once: " + endsByCall.entrySet().stream().filter(e -> e.getValue() > 1).toList());
        assertEquals(0, legs.knownUniqueIds().size());
    }

    private static String callerUniqueId(long callId) {
        return "1700000000." + callId;
    }
}
