package org.acd.simulator.load;

import java.util.List;
import org.acd.simulator.emulator.AmiCredentials;

/**
 * The ACD a load run plays Asterisk for, on this machine: its FastAGI port, the AMI port the
 * emulator listens on for the ACD to log in to, the AMI user the ACD logs in as, and the agents'
 * phones (devices such as {@code PJSIP/agent1}) the ACD will ring.
 */
public record LoadTarget(int agiPort, int amiPort, AmiCredentials credentials, List<String> agentDevices) {

    public LoadTarget {
        agentDevices = List.copyOf(agentDevices);
        if (agiPort < 1 || agiPort > 65535) {
            throw new IllegalArgumentException("agi port: " + agiPort + " is not a TCP port (1-65535)");
        }
        if (amiPort < 0 || amiPort > 65535) {
            throw new IllegalArgumentException("ami port: " + amiPort + " is not a TCP port (0-65535)");
        }
        if (agentDevices.isEmpty()) {
            throw new IllegalArgumentException("agents: the configuration has no agent phones to ring");
        }
    }
}
