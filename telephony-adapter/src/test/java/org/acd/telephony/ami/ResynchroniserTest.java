package org.acd.telephony.ami;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.acd.core.model.AgentConfig;
import org.acd.telephony.calls.AgentDirectory;
import org.acd.telephony.calls.CallLegs;
import org.acd.telephony.calls.CallLegs.CallerLeg;
import org.acd.telephony.testing.FakeManagerConnection;
import org.acd.telephony.testing.RecordingAcdEvents;
import org.asteriskjava.manager.action.GetVarAction;
import org.asteriskjava.manager.event.CoreShowChannelEvent;
import org.asteriskjava.manager.response.ManagerResponse;
import org.junit.jupiter.api.Test;

final class ResynchroniserTest {

    private final RecordingAcdEvents events = new RecordingAcdEvents();
    private final CallLegs legs = new CallLegs(events, Clock.fixed(Instant.ofEpochMilli(8_000), ZoneOffset.UTC));
    private final FakeManagerConnection asterisk = new FakeManagerConnection();
    private final Resynchroniser resynchroniser = new Resynchroniser(
            new AmiActions(asterisk.connection(), Duration.ofSeconds(1)),
            new AgentDirectory(List.of(AgentConfig.of("agent1", Map.of()), AgentConfig.of("agent9", Map.of()))),
            legs, events, Clock.fixed(Instant.ofEpochMilli(8_000), ZoneOffset.UTC));

    @Test
    void shouldReadEveryAgentsDeviceStateAgain() {
        asterisk.answer("GetVar", action -> deviceState(((GetVarAction) action).getVariable()));

        resynchroniser.run();

        assertEquals(Set.of("agentDeviceChanged 8000 agent1 reachable", "agentDeviceChanged 8000 agent9 unreachable"),
                Set.copyOf(events.events()));
    }

    @Test
    void shouldCloseTheCallsWhoseChannelsEndedWhileTheAdapterWasAway() {
        queue(new CallerLeg(1, "PJSIP/trunk-00000001", "1700000000.1", "5551001"));
        queue(new CallerLeg(2, "PJSIP/trunk-00000002", "1700000000.2", "5551002"));
        CoreShowChannelEvent stillLive = new CoreShowChannelEvent("asterisk");
        stillLive.setUniqueid("1700000000.1");
        asterisk.listEvents(List.of(stillLive));
        asterisk.answer("GetVar", action -> deviceState("DEVICE_STATE(PJSIP/agent1)"));

        resynchroniser.run();

        assertEquals(List.of("callerHungUp 8000 2"), events.events().stream()
                .filter(event -> event.startsWith("caller")).toList());
    }

    private void queue(CallerLeg leg) {
        legs.callerArriving(leg);
        legs.callerQueued(leg, "sales", "standard");
    }

    private static ManagerResponse deviceState(String variable) {
        ManagerResponse response = new ManagerResponse();
        response.setResponse("Success");
        response.setAttributes(Map.of("value", variable.contains("agent9") ? "UNAVAILABLE" : "NOT_INUSE"));
        return response;
    }
}
