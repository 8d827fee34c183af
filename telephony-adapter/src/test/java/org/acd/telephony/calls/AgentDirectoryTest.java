package org.acd.telephony.calls;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.acd.core.model.AgentConfig;
import org.junit.jupiter.api.Test;

final class AgentDirectoryTest {

    private final AgentDirectory directory = new AgentDirectory(List.of(
            AgentConfig.of("agent1", Map.of("sales", 5)),
            new AgentConfig("agent2", "Bob", "PJSIP/desk-2", Map.of(), AgentConfig.QUEUE_WRAP_UP)));

    @Test
    void shouldFindTheAgentOfADeviceWhateverItsCase() {
        assertEquals(Optional.of("agent1"), directory.byDevice("PJSIP/agent1"));
        assertEquals(Optional.of("agent1"), directory.byDevice("pjsip/AGENT1"));
        assertEquals(Optional.empty(), directory.byDevice("PJSIP/agent9"));
        assertEquals(Optional.empty(), directory.byDevice(null));
    }

    @Test
    void shouldFindTheAgentOfAChannelOnTheirPhone() {
        assertEquals(Optional.of("agent1"), directory.byChannel("PJSIP/agent1-0000002a"));
        assertEquals(Optional.of("agent2"), directory.byChannel("PJSIP/desk-2-0000002b"));
        assertEquals(Optional.of("agent1"), directory.byChannel("PJSIP/agent1"));
        assertEquals(Optional.empty(), directory.byChannel("PJSIP/trunk-00000001"));
        assertEquals(Optional.empty(), directory.byChannel(null));
    }

    @Test
    void shouldListEveryAgentsDeviceAsConfigured() {
        assertEquals(Map.of("agent1", "PJSIP/agent1", "agent2", "PJSIP/desk-2"), directory.devicesByAgent());
    }

    @Test
    void shouldKnowAnAddedAgentsPhoneAndForgetARemovedOnesAfterAReload() {
        directory.replace(List.of(AgentConfig.of("agent1", Map.of("sales", 5)),
                AgentConfig.of("agent3", Map.of("sales", 5))));

        assertEquals(Optional.of("agent3"), directory.byChannel("PJSIP/agent3-0000002c"));
        assertEquals(Optional.empty(), directory.byDevice("PJSIP/desk-2"));
        assertEquals(Map.of("agent1", "PJSIP/agent1", "agent3", "PJSIP/agent3"), directory.devicesByAgent());
    }
}
