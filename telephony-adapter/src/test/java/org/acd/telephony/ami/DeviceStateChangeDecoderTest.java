package org.acd.telephony.ami;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.acd.core.model.AgentConfig;
import org.acd.telephony.calls.AgentDirectory;
import org.acd.telephony.calls.CallLegs;
import org.acd.telephony.calls.OfferChannelId;
import org.acd.telephony.testing.RecordingAcdEvents;
import org.asteriskjava.manager.event.DeviceStateChangeEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

final class DeviceStateChangeDecoderTest {

    private static final Clock CLOCK = Clock.fixed(Instant.ofEpochMilli(3_000), ZoneOffset.UTC);

    private final RecordingAcdEvents events = new RecordingAcdEvents();
    private final CallLegs legs = new CallLegs(new RecordingAcdEvents(), CLOCK);
    private final DeviceStateChangeDecoder decoder = new DeviceStateChangeDecoder(
            new AgentDirectory(List.of(AgentConfig.of("agent1", Map.of()))), legs, events, CLOCK);

    @Test
    void shouldReportAnIdleAgentPhoneAsReachable() {
        decoder.decode(deviceState("PJSIP/agent1", "NOT_INUSE"));

        assertEquals(List.of("agentDeviceChanged 3000 agent1 reachable"), events.events());
    }

    @ParameterizedTest
    @ValueSource(strings = {"INUSE", "RINGING", "RINGINUSE", "ONHOLD", "BUSY", "UNAVAILABLE", "UNKNOWN", "INVALID"})
    void shouldReportAnAgentPhoneInAnyOtherStateAsUnreachable(String state) {
        decoder.decode(deviceState("PJSIP/agent1", state));

        assertEquals(List.of("agentDeviceChanged 3000 agent1 unreachable"), events.events());
    }

    @ParameterizedTest
    @ValueSource(strings = {"INUSE", "RINGING", "BUSY"})
    void shouldNotReportThePhoneBusyWithTheAdaptersOwnLeg(String state) {
        legs.ringing(new OfferChannelId(42, 1, "agent1"));

        decoder.decode(deviceState("PJSIP/agent1", state));

        assertEquals(List.of(), events.events(), "the engine knows the agent is taken");
    }

    @Test
    void shouldReportAnUnregisteredPhoneEvenWhileTheAdapterRingsIt() {
        legs.ringing(new OfferChannelId(42, 1, "agent1"));

        decoder.decode(deviceState("PJSIP/agent1", "UNAVAILABLE"));

        assertEquals(List.of("agentDeviceChanged 3000 agent1 unreachable"), events.events());
    }

    @Test
    void shouldReadTheStateAndDeviceWhateverTheirCase() {
        decoder.decode(deviceState("pjsip/AGENT1", " not_inuse "));

        assertEquals(List.of("agentDeviceChanged 3000 agent1 reachable"), events.events());
    }

    @Test
    void shouldIgnoreADeviceThatIsNoAgentsPhone() {
        decoder.decode(deviceState("PJSIP/trunk", "NOT_INUSE"));
        decoder.decode(deviceState("Queue:sales_avail", "INUSE"));

        assertEquals(List.of(), events.events());
    }

    @Test
    void shouldRejectAnEventWithoutDevice() {
        assertThrows(MalformedAmiEventException.class, () -> decoder.decode(deviceState(null, "NOT_INUSE")));
        assertEquals(List.of(), events.events());
    }

    @Test
    void shouldRejectAnEventWithoutState() {
        assertThrows(MalformedAmiEventException.class, () -> decoder.decode(deviceState("PJSIP/agent1", null)));
        assertEquals(List.of(), events.events());
    }

    private static DeviceStateChangeEvent deviceState(String device, String state) {
        DeviceStateChangeEvent event = new DeviceStateChangeEvent("asterisk");
        event.setDevice(device);
        event.setState(state);
        return event;
    }
}
