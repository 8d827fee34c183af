package org.acd.telephony.ami;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.acd.telephony.calls.CallLegs;
import org.acd.telephony.calls.CallLegs.CallerLeg;
import org.acd.telephony.calls.OfferChannelId;
import org.acd.telephony.testing.RecordingAcdEvents;
import org.acd.telephony.testing.ScriptedAgiSession;
import org.asteriskjava.manager.event.HangupEvent;
import org.asteriskjava.manager.event.HangupRequestEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

final class HangupDecoderTest {

    private final RecordingAcdEvents events = new RecordingAcdEvents();
    private final CallLegs legs = new CallLegs(events, Clock.fixed(Instant.ofEpochMilli(2_000), ZoneOffset.UTC));
    private final HangupDecoder decoder = new HangupDecoder(legs);

    @Test
    void shouldReportTheHangUpOfAQueuedCaller() {
        CallerLeg queued = new CallerLeg(42, "PJSIP/trunk-00000001", "1700000000.12", "5551234");
        legs.callerArriving(queued);
        legs.callerQueued(queued, "sales", "gold");

        decoder.decode(hangup("PJSIP/trunk-00000001", "1700000000.12"));

        assertEquals(List.of("callQueued 2000 42 sales gold 5551234", "callerHungUp 2000 42"), events.events());
    }

    @Test
    void shouldReportTheHangUpOfARingingAgentLegAsAFailedOffer() {
        OfferChannelId offer = new OfferChannelId(42, 1, "agent1");
        legs.ringing(offer);

        decoder.decode(hangup("PJSIP/agent1-0000002a", offer.value()));

        assertEquals(List.of("offerFailed 2000 agent1 42"), events.events());
    }

    @Test
    void shouldCreditTheEndOfAConversationToTheSideWhoseHangupRequestCameFirst() {
        CallerLeg queued = new CallerLeg(42, "PJSIP/trunk-00000001", "1700000000.12", "5551234");
        legs.callerArriving(queued);
        legs.callerQueued(queued, "sales", "gold");
        OfferChannelId offer = new OfferChannelId(42, 1, "agent1");
        legs.ringing(offer);
        legs.agentAnswered(new CallLegs.AgentLeg(offer, new ScriptedAgiSession(null)));

        HangupRequestEvent agentBye = new HangupRequestEvent("asterisk");
        agentBye.setChannel("PJSIP/agent1-0000002a");
        agentBye.setUniqueId(offer.value());
        decoder.decode(agentBye);
        decoder.decode(hangup("PJSIP/trunk-00000001", "1700000000.12"));
        decoder.decode(hangup("PJSIP/agent1-0000002a", offer.value()));

        assertEquals(List.of("callQueued 2000 42 sales gold 5551234", "agentAnswered 2000 agent1 42",
                "agentHungUp 2000 42"), events.events());
    }

    @Test
    void shouldIgnoreTheHangUpOfAChannelNoCallUses() {
        decoder.decode(hangup("PJSIP/agent1-0000002a", "1700000000.99"));

        assertEquals(List.of(), events.events());
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "  "})
    void shouldRejectAHangupWithoutUniqueId(String uniqueId) {
        MalformedAmiEventException failure = assertThrows(MalformedAmiEventException.class,
                () -> decoder.decode(hangup("PJSIP/trunk-00000001", uniqueId)));

        assertEquals("Hangup without Uniqueid", failure.getMessage());
    }

    private static HangupEvent hangup(String channel, String uniqueId) {
        HangupEvent event = new HangupEvent("asterisk");
        event.setChannel(channel);
        event.setUniqueId(uniqueId);
        event.setCause(16);
        event.setCauseTxt("Normal Clearing");
        return event;
    }
}
