package org.acd.server.admin;

import java.util.LinkedHashMap;
import java.util.Map;
import org.acd.core.model.AgentConfig;
import org.acd.core.model.RoutingConfig;
import org.acd.core.view.EngineSnapshot;

/**
 * Makes the wallboard's {@link WallboardView.Board} from an engine snapshot, today's figures and the
 * configured thresholds: one source for the web wallboard's stream and for {@code GET /api/wallboard},
 * which {@code acdctl watch} draws, so that both show the same figures in the same colours. Any thread.
 */
final class WallboardSource {

    private final TodayKpis today;
    private final WallboardSettings settings;
    private final Map<String, String> agentNames;

    WallboardSource(TodayKpis today, WallboardSettings settings, RoutingConfig config) {
        this.today = today;
        this.settings = settings;
        Map<String, String> names = new LinkedHashMap<>();
        for (AgentConfig agent : config.agents()) {
            names.put(agent.id(), agent.name());
        }
        this.agentNames = Map.copyOf(names);
    }

    WallboardView.Board board(EngineSnapshot snapshot) {
        return WallboardView.of(snapshot, today.byQueue(snapshot.atMs()), settings, agentNames);
    }
}
