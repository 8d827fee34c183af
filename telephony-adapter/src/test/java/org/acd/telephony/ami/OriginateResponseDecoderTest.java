package org.acd.telephony.ami;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.acd.core.api.CallbackFailure;
import org.acd.core.model.AgentConfig;
import org.acd.telephony.calls.AgentDirectory;
import org.acd.telephony.calls.CallLegs;
import org.acd.telephony.calls.CallLegs.CallbackAttempt;
import org.acd.telephony.calls.OfferChannelId;
import org.acd.telephony.testing.RecordingAcdEvents;
import org.asteriskjava.manager.event.OriginateResponseEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

final class OriginateResponseDecoderTest {

    private static final OfferChannelId OFFER = new OfferChannelId(42, 1, "agent1");
    private static final CallbackAttempt CALLBACK = new CallbackAttempt("acd-callback-42-2-agent1", 42, "agent1",
            "PJSIP/agent1", "5559876");

    private final RecordingAcdEvents events = new RecordingAcdEvents();
    private final CallLegs legs = new CallLegs(events, Clock.fixed(Instant.ofEpochMilli(4_000), ZoneOffset.UTC));
    private final OriginateResponseDecoder decoder = new OriginateResponseDecoder(legs,
            new AgentDirectory(List.of(AgentConfig.of("agent1", Map.of("support", 5)))));

    @Test
    void shouldReportAFailedRingOfOurOfferAsAFailedOffer() {
        legs.ringing(OFFER);

        decoder.decode(originateResponse("Failure", OFFER.value()));

        assertEquals(List.of("offerFailed 4000 agent1 42"), events.events());
    }

    @Test
    void shouldLeaveASuccessfulRingToTheAgentsSession() {
        legs.ringing(OFFER);

        decoder.decode(originateResponse("Success", OFFER.value()));

        assertEquals(List.of(), events.events());
    }

    @Test
    void shouldIgnoreAFailureOfAnOriginateThatIsNotAnOffer() {
        legs.ringing(OFFER);

        decoder.decode(originateResponse("Failure", "1700000000.12", "PJSIP/trunk"));
        decoder.decode(originateResponse("Failure", null, "PJSIP/trunk"));

        assertEquals(List.of(), events.events());
    }

    @Test
    void shouldFindTheOfferByItsAgentsPhoneWhenNoChannelWasEverMade() {
        legs.ringing(OFFER);

        decoder.decode(originateResponse("Failure", null, "PJSIP/agent1"));

        assertEquals(List.of("offerFailed 4000 agent1 42"), events.events());
    }

    @ParameterizedTest
    @CsvSource({"5, BUSY", "8, UNREACHABLE", "0, UNREACHABLE", "3, NO_ANSWER", "1, NO_ANSWER"})
    void shouldFailACallbackAttemptWithTheReasonItsDialEnded(int reason, CallbackFailure failure) {
        legs.callbackDialing(CALLBACK);
        OriginateResponseEvent event = originateResponse("Failure", CALLBACK.uniqueId(), "Local/5559876@acd-callback-out");
        event.setReason(reason);

        decoder.decode(event);
        decoder.decode(event);

        assertEquals(List.of("callbackFailed 4000 42 " + failure), events.events());
    }

    @Test
    void shouldRejectAResponseEventWithoutResponse() {
        assertThrows(MalformedAmiEventException.class, () -> decoder.decode(originateResponse(null, OFFER.value())));
    }

    private static OriginateResponseEvent originateResponse(String response, String uniqueId) {
        return originateResponse(response, uniqueId, "PJSIP/agent1-00000001");
    }

    private static OriginateResponseEvent originateResponse(String response, String uniqueId, String channel) {
        OriginateResponseEvent event = new OriginateResponseEvent("asterisk");
        event.setResponse(response);
        event.setUniqueId(uniqueId);
        event.setChannel(channel);
        event.setReason(response != null && response.equals("Failure") ? 5 : 4);
        return event;
    }
}
