package org.acd.config.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.acd.config.ivr.IvrFlows;
import org.acd.core.model.RoutingConfig;

/**
 * The server's configuration file, checked and typed: sockets, Asterisk, the engine's routing
 * (skills, tiers, queues, agents), service-level goals per queue, the caller directory, business
 * hours and holidays, KPI thresholds, the inbound menu and the IVR flows. Immutable; made by
 * {@code ConfigLoader}.
 */
public record AcdConfig(ServerSettings server, Optional<AmiConnection> asterisk, RoutingConfig routing,
                        Map<String, ServiceLevelTarget> serviceLevels, Optional<CallerDirectorySettings> callerDirectory,
                        Optional<BusinessHours> businessHours, KpiSettings kpi, Optional<InboundMenu> inbound,
                        IvrFlows ivr) {

    public AcdConfig {
        serviceLevels = Map.copyOf(serviceLevels);
    }

    /** "N queues, M agents, K flows", as {@code acd config check} prints it. */
    public String summary() {
        return count(routing.queues(), "queue") + ", " + count(routing.agents(), "agent") + ", "
                + count(ivr.flows().values().stream().toList(), "flow");
    }

    private static String count(List<?> items, String noun) {
        return items.size() + " " + noun + (items.size() == 1 ? "" : "s");
    }
}
