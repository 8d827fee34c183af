package org.acd.telephony.ami;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.acd.core.model.AgentConfig;
import org.acd.telephony.calls.AgentDirectory;
import org.acd.telephony.calls.CallLegs;
import org.acd.telephony.testing.RecordingAcdEvents;
import org.junit.jupiter.api.Test;

final class AmiListenerTest {

    private final RecordingAcdEvents events = new RecordingAcdEvents();
    private final Clock clock = Clock.fixed(Instant.ofEpochMilli(5_000), ZoneOffset.UTC);
    private final AmiListener listener = new AmiListener(new AmiEventCounters(), new CallLegs(events, clock),
            new AgentDirectory(List.of(AgentConfig.of("agent1", Map.of()), AgentConfig.of("agent2", Map.of()))),
            events, clock);

    @Test
    void shouldCountEveryPhoneUnreachableWhileAmiIsDown() {
        listener.allPhonesUnreachable();

        assertEquals(Set.of("agentDeviceChanged 5000 agent1 unreachable", "agentDeviceChanged 5000 agent2 unreachable"),
                Set.copyOf(events.events()),
                "no offer may go to a phone the adapter cannot ring; it would fail and set the agent not ready");
    }
}
