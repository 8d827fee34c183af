package org.acd.telephony.ami;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
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
import org.asteriskjava.manager.event.HangupEvent;
import org.asteriskjava.manager.event.HangupRequestEvent;
import org.asteriskjava.manager.event.ManagerEvent;
import org.asteriskjava.manager.event.NewChannelEvent;
import org.asteriskjava.manager.event.OriginateResponseEvent;

/**
 * Asterisk-Java events with fuzzed field values (or none) through the router {@link AmiListener}
 * wires, while a caller waits and an agent rings: every event is decoded, ignored or counted as
 * malformed; none escapes and no decoder fails. Seeds: {@code AmiEventFuzzTestInputs}.
 */
final class AmiEventFuzzTest {

    private static final int MAX_EVENTS = 16;
    private static final int MAX_FIELD_CHARS = 64;
    private static final OfferChannelId RINGING = new OfferChannelId(42, 1, "agent1");

    @FuzzTest(maxDuration = "30s")
    void anyFieldValuesAreDecodedOrCountedNeverThrown(FuzzedDataProvider data) {
        AmiEventCounters counters = new AmiEventCounters();
        CallLegs legs = new CallLegs(new RecordingAcdEvents(), Clock.fixed(Instant.ofEpochMilli(1_000), ZoneOffset.UTC));
        legs.callerArriving(new CallLegs.CallerLeg(42, "PJSIP/trunk-00000001", "1700000000.1", "5551234"));
        legs.ringing(RINGING);
        AmiListener listener = new AmiListener(counters, legs,
                new AgentDirectory(List.of(AgentConfig.of("agent1", Map.of("sales", 5)))), new RecordingAcdEvents(),
                Clock.fixed(Instant.ofEpochMilli(2_000), ZoneOffset.UTC));
        int sent = 0;
        while (sent < MAX_EVENTS && data.remainingBytes() > 0) {
            listener.router().onManagerEvent(event(data));
            sent++;
        }

        assertEquals(sent, counters.decodedEvents() + counters.ignoredEvents() + counters.malformedEvents());
        assertEquals(0, counters.failedEvents(), "a decoder failed on an event's values");
    }

    private static ManagerEvent event(FuzzedDataProvider data) {
        return switch (data.consumeInt(0, 4)) {
            case 0 -> {
                HangupEvent event = new HangupEvent("asterisk");
                event.setUniqueId(field(data));
                event.setChannel(field(data));
                yield event;
            }
            case 1 -> {
                HangupRequestEvent event = new HangupRequestEvent("asterisk");
                event.setUniqueId(field(data));
                yield event;
            }
            case 2 -> {
                DeviceStateChangeEvent event = new DeviceStateChangeEvent("asterisk");
                event.setDevice(field(data));
                event.setState(field(data));
                yield event;
            }
            case 3 -> {
                OriginateResponseEvent event = new OriginateResponseEvent("asterisk");
                event.setResponse(field(data));
                event.setUniqueId(field(data));
                event.setChannel(field(data));
                yield event;
            }
            default -> new NewChannelEvent("asterisk");
        };
    }

    private static String field(FuzzedDataProvider data) {
        return data.consumeBoolean() ? null : data.consumeString(MAX_FIELD_CHARS);
    }
}
