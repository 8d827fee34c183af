package org.acd.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.acd.core.model.AgentConfig;
import org.acd.core.model.QueueConfig;
import org.acd.core.model.RoutingStrategy;
import org.acd.core.testing.Configs;
import org.acd.core.testing.EngineScenario;
import org.junit.jupiter.api.Test;

/** Behaviour 1: a call that arrives while eligible agents are ready is offered at once, by the queue's strategy. */
final class OfferOnArrivalTest {

    private static EngineScenario queueWith(RoutingStrategy strategy, List<AgentConfig> agents) {
        QueueConfig queue = QueueConfig.builder("support").skill("support", 3).strategy(strategy).build();
        return new EngineScenario(Configs.config(List.of(queue), agents));
    }

    private static AgentConfig agent(String id, int supportProficiency) {
        return Configs.agent(id, Map.of("support", supportProficiency));
    }

    @Test
    void shouldOfferToTheAgentReadyLongestByDefault() {
        EngineScenario scenario = queueWith(RoutingStrategy.LONGEST_IDLE,
                List.of(agent("a1", 5), agent("a2", 9), agent("a3", 5)));
        scenario.at(1_000).login("a2").at(2_000).login("a1").at(3_000).login("a3");

        scenario.at(4_000).call(1, "support");

        assertEquals(List.of("offerCall 1 -> a2"), scenario.newCommands());
    }

    @Test
    void shouldNotOfferToAnAgentBelowTheMinimumProficiency() {
        EngineScenario scenario = queueWith(RoutingStrategy.LONGEST_IDLE, List.of(agent("weak", 2), agent("able", 3)));
        scenario.at(1_000).login("weak").at(2_000).login("able");

        scenario.at(3_000).call(1, "support");

        assertEquals(List.of("offerCall 1 -> able"), scenario.newCommands());
    }

    @Test
    void shouldOfferToTheMostSkilledAgentThenTheLongestIdle() {
        EngineScenario scenario = queueWith(RoutingStrategy.MOST_SKILLED,
                List.of(agent("a1", 5), agent("a2", 9), agent("a3", 9)));
        scenario.at(1_000).login("a1").at(2_000).login("a3").at(3_000).login("a2");

        scenario.at(4_000).call(1, "support");

        assertEquals(List.of("offerCall 1 -> a3"), scenario.newCommands());
    }

    @Test
    void shouldOfferToTheLeastOccupiedAgent() {
        EngineScenario scenario = queueWith(RoutingStrategy.LEAST_OCCUPIED, List.of(agent("busy", 5), agent("fresh", 5)));
        scenario.at(0).login("busy");
        scenario.at(1_000).call(1, "support").answer("busy", 1).at(61_000).agentHangsUp(1);
        scenario.at(62_000).login("fresh");
        scenario.newCommands();

        scenario.at(63_000).call(2, "support");

        assertEquals(List.of("offerCall 2 -> fresh"), scenario.newCommands());
    }

    @Test
    void shouldRotateOffersRoundRobin() {
        EngineScenario scenario = queueWith(RoutingStrategy.ROUND_ROBIN,
                List.of(agent("a1", 5), agent("a2", 5), agent("a3", 5)));
        scenario.at(0).login("a1", "a2", "a3");

        for (long call = 1; call <= 4; call++) {
            scenario.at(call * 1_000).call(call, "support").serve(lastOfferedAgent(scenario), call);
        }

        assertEquals(List.of("offered 1 -> a1", "offered 2 -> a2", "offered 3 -> a3", "offered 4 -> a1"),
                scenario.outcomes().matching("offered"));
    }

    private static String lastOfferedAgent(EngineScenario scenario) {
        List<String> offers = scenario.outcomes().matching("offered");
        String last = offers.get(offers.size() - 1);
        return last.substring(last.indexOf("-> ") + 3);
    }
}
