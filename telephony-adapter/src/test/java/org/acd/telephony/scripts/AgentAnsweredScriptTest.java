package org.acd.telephony.scripts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.acd.telephony.calls.CallLegs;
import org.acd.telephony.calls.CallLegs.CallerLeg;
import org.acd.telephony.calls.OfferChannelId;
import org.acd.telephony.testing.RecordingAcdEvents;
import org.acd.telephony.testing.ScriptedAgiSession;
import org.junit.jupiter.api.Test;

final class AgentAnsweredScriptTest {

    private static final OfferChannelId OFFER = new OfferChannelId(42, 1, "agent1");

    private final RecordingAcdEvents events = new RecordingAcdEvents();
    private final CallLegs legs = new CallLegs(events, Clock.fixed(Instant.ofEpochMilli(6_000), ZoneOffset.UTC));
    private final AgentAnsweredScript script = new AgentAnsweredScript(legs);

    @Test
    void shouldReportTheAnswerAndHoldTheLegForTheBridge() {
        CallerLeg queued = new CallerLeg(42, "PJSIP/trunk-00000001", "1700000000.12", "");
        legs.callerArriving(queued);
        legs.callerQueued(queued, "sales", "standard");
        legs.ringing(OFFER);
        ScriptedAgiSession session = agentLeg(OFFER.value());

        script.run(session);

        assertEquals(List.of("callQueued 6000 42 sales standard ", "agentAnswered 6000 agent1 42"), events.events());
        assertFalse(session.isClosed());
        assertSame(session, legs.answeredLeg(42).orElseThrow().session());
        assertEquals(List.of(), session.sentCommands());
    }

    @Test
    void shouldLetGoOfALegWhoseOfferWasWithdrawn() {
        legs.ringing(OFFER);
        legs.offerWithdrawn(42, "agent1");
        ScriptedAgiSession session = agentLeg(OFFER.value());

        script.run(session);

        assertEquals(List.of(), events.events());
        assertTrue(session.isClosed());
        assertEquals(Optional.empty(), legs.answeredLeg(42));
    }

    @Test
    void shouldLetGoOfALegThatIsNoOffer() {
        legs.ringing(OFFER);
        ScriptedAgiSession session = agentLeg("1700000000.12");

        script.run(session);

        assertEquals(List.of(), events.events());
        assertTrue(session.isClosed());
    }

    private static ScriptedAgiSession agentLeg(String uniqueId) {
        return ScriptedAgiSession.on("PJSIP/agent1-0000002a", uniqueId, "5551234", "agent-answered", Map.of());
    }
}
