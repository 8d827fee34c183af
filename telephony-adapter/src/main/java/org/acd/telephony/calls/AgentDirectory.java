package org.acd.telephony.calls;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.acd.core.model.AgentConfig;

/**
 * Which agent a phone belongs to: Asterisk names a phone by its device ({@code PJSIP/agent1}) in
 * device states and by a channel of it ({@code PJSIP/agent1-0000002a}) elsewhere. Immutable.
 */
public final class AgentDirectory {

    private final Map<String, String> agentByDevice = new HashMap<>();
    private final Map<String, String> deviceByAgent = new HashMap<>();

    public AgentDirectory(List<AgentConfig> agents) {
        for (AgentConfig agent : agents) {
            agentByDevice.put(agent.endpoint().toLowerCase(Locale.ROOT), agent.id());
            deviceByAgent.put(agent.id(), agent.endpoint());
        }
    }

    /** The agent whose device is {@code device}, e.g. {@code PJSIP/agent1}. */
    public Optional<String> byDevice(String device) {
        return device == null ? Optional.empty()
                : Optional.ofNullable(agentByDevice.get(device.toLowerCase(Locale.ROOT)));
    }

    /** The agent whose phone a channel is on, e.g. {@code PJSIP/agent1-0000002a}. */
    public Optional<String> byChannel(String channel) {
        if (channel == null) {
            return Optional.empty();
        }
        int dash = channel.lastIndexOf('-');
        return byDevice(dash < 0 ? channel : channel.substring(0, dash));
    }

    /** Every agent's device, as configured, by agent id. */
    public Map<String, String> devicesByAgent() {
        return Map.copyOf(deviceByAgent);
    }
}
