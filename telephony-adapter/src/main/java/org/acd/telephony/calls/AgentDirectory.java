package org.acd.telephony.calls;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.acd.core.model.AgentConfig;

/**
 * Which agent a phone belongs to: Asterisk names a phone by its device ({@code PJSIP/agent1}) in
 * device states and by a channel of it ({@code PJSIP/agent1-0000002a}) elsewhere. A configuration
 * reload replaces the whole directory at once; readers on any thread see the old one or the new one.
 */
public final class AgentDirectory {

    private volatile Phones phones;

    public AgentDirectory(List<AgentConfig> agents) {
        phones = Phones.of(agents);
    }

    /** A configuration reload applied: phones are looked up among {@code agents} from now on. */
    public void replace(List<AgentConfig> agents) {
        phones = Phones.of(agents);
    }

    /** The agent whose device is {@code device}, e.g. {@code PJSIP/agent1}. */
    public Optional<String> byDevice(String device) {
        return device == null ? Optional.empty()
                : Optional.ofNullable(phones.agentByDevice().get(device.toLowerCase(Locale.ROOT)));
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
        return phones.deviceByAgent();
    }

    private record Phones(Map<String, String> agentByDevice, Map<String, String> deviceByAgent) {

        static Phones of(List<AgentConfig> agents) {
            Map<String, String> agentByDevice = new HashMap<>();
            Map<String, String> deviceByAgent = new HashMap<>();
            for (AgentConfig agent : agents) {
                agentByDevice.put(agent.endpoint().toLowerCase(Locale.ROOT), agent.id());
                deviceByAgent.put(agent.id(), agent.endpoint());
            }
            return new Phones(Map.copyOf(agentByDevice), Map.copyOf(deviceByAgent));
        }
    }
}
