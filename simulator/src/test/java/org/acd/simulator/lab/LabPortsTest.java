package org.acd.simulator.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The Java side of the lab reads the ports scripts/asterisk-lab reads, with the script's defaults. */
final class LabPortsTest {

    @Test
    void shouldUseTheScriptsDefaultsWhenNothingIsSet() {
        LabPorts ports = LabPorts.of(Map.of());

        assertEquals(new LabPorts(5060, 5038, 4573, 5070, 5090), ports);
        assertEquals("127.0.0.1:5060", ports.sipServer());
        assertEquals(6000, ports.trunkMediaBase());
        assertEquals(6100, ports.agentMediaBase());
        assertEquals(5080, ports.featureCodeBase());
        assertEquals(6200, ports.featureCodeMediaBase());
    }

    @Test
    void shouldMoveEveryPortOfASecondLabWithItsVariables() {
        LabPorts ports = LabPorts.of(Map.of("ACD_SIP_PORT", "6060", "ACD_AMI_PORT", "6038", "ACD_AGI_PORT", "6573",
                "ACD_AGENT_BASE_PORT", "6070", "ACD_TRUNK_BASE_PORT", "6090"));

        assertEquals(new LabPorts(6060, 6038, 6573, 6070, 6090), ports);
        assertEquals("127.0.0.1:6060", ports.sipServer());
        assertEquals(7000, ports.trunkMediaBase());
        assertEquals(7100, ports.agentMediaBase());
        assertEquals(6080, ports.featureCodeBase());
        assertEquals(7200, ports.featureCodeMediaBase());
    }

    @Test
    void shouldNameTheVariableThatIsNotAPort() {
        IllegalArgumentException problem = assertThrows(IllegalArgumentException.class,
                () -> LabPorts.of(Map.of("ACD_AMI_PORT", "manager")));

        assertTrue(problem.getMessage().startsWith("ACD_AMI_PORT=manager: not a port number"), problem.getMessage());
    }
}
