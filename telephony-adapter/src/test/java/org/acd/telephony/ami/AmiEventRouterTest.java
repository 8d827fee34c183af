package org.acd.telephony.ami;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.asteriskjava.manager.event.DeviceStateChangeEvent;
import org.asteriskjava.manager.event.HangupEvent;
import org.asteriskjava.manager.event.NewChannelEvent;
import org.junit.jupiter.api.Test;

final class AmiEventRouterTest {

    private final AmiEventCounters counters = new AmiEventCounters();
    private final AmiEventRouter router = new AmiEventRouter(counters);
    private final List<String> decoded = new ArrayList<>();

    @Test
    void shouldHandEachEventToTheDecoderOfItsType() {
        router.on(HangupEvent.class, event -> decoded.add("hangup " + event.getUniqueId()))
                .on(DeviceStateChangeEvent.class, event -> decoded.add("device " + event.getDevice()));

        router.onManagerEvent(hangup("1700000000.12"));
        router.onManagerEvent(deviceState("PJSIP/agent1"));

        assertEquals(List.of("hangup 1700000000.12", "device PJSIP/agent1"), decoded);
        assertEquals(2, counters.decodedEvents());
        assertEquals(0, counters.ignoredEvents());
    }

    @Test
    void shouldCountAndDropAnEventOfAnUnregisteredType() {
        router.on(HangupEvent.class, event -> decoded.add("hangup"));

        router.onManagerEvent(new NewChannelEvent("asterisk"));

        assertEquals(List.of(), decoded);
        assertEquals(1, counters.ignoredEvents());
        assertEquals(0, counters.decodedEvents());
        assertEquals(0, counters.malformedEvents());
    }

    @Test
    void shouldCountAMalformedEventWithoutThrowingAndGoOn() {
        router.on(HangupEvent.class, event -> {
            if (event.getUniqueId() == null) {
                throw new MalformedAmiEventException("Hangup without Uniqueid");
            }
            decoded.add("hangup " + event.getUniqueId());
        });

        router.onManagerEvent(hangup(null));
        router.onManagerEvent(hangup("1700000000.13"));

        assertEquals(List.of("hangup 1700000000.13"), decoded);
        assertEquals(1, counters.malformedEvents());
        assertEquals(1, counters.decodedEvents());
    }

    @Test
    void shouldCountADecoderFailureApartFromMalformedEventsWithoutThrowing() {
        router.on(HangupEvent.class, event -> {
            throw new IllegalStateException("decoder bug");
        });

        router.onManagerEvent(hangup("1700000000.12"));

        assertEquals(1, counters.failedEvents());
        assertEquals(0, counters.malformedEvents());
        assertEquals(0, counters.decodedEvents());
    }

    private static HangupEvent hangup(String uniqueId) {
        HangupEvent event = new HangupEvent("asterisk");
        event.setUniqueId(uniqueId);
        return event;
    }

    private static DeviceStateChangeEvent deviceState(String device) {
        DeviceStateChangeEvent event = new DeviceStateChangeEvent("asterisk");
        event.setDevice(device);
        event.setState("NOT_INUSE");
        return event;
    }
}
