package org.acd.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.acd.core.api.AgentState;
import org.acd.core.api.CallState;
import org.acd.core.model.AgentConfig;
import org.acd.core.model.QueueConfig;
import org.acd.core.model.RoutingConfig;
import org.acd.core.model.RoutingStrategy;
import org.acd.core.testing.Configs;
import org.acd.core.testing.EngineScenario;
import org.acd.core.view.EngineSnapshot;
import org.junit.jupiter.api.Test;

/** A configuration reload while calls are live: applied in place, or rejected whole. */
final class ConfigReloadTest {

    private static final QueueConfig SUPPORT = QueueConfig.builder("support").skill("support", 3).build();
    private static final QueueConfig SALES = QueueConfig.builder("sales").skill("sales", 3).build();

    private static AgentConfig agent(String id, Map<String, Integer> skills) {
        return Configs.agent(id, skills);
    }

    private static RoutingConfig config(List<QueueConfig> queues, AgentConfig... agents) {
        return Configs.config(queues, List.of(agents));
    }

    @Test
    void shouldKeepEntryTimesAndOrderOfWaitingCallsAndLeaveTheConnectedCallAlone() {
        EngineScenario scenario = new EngineScenario(config(List.of(SUPPORT), agent("a1", Map.of("support", 5))));
        scenario.at(1_000).login("a1").call(1, "support").answer("a1", 1);
        scenario.at(2_000).call(2, "support").at(3_000).call(3, "support", "gold").at(4_000).call(4, "support");
        scenario.newCommands();

        QueueConfig mostSkilled = SUPPORT.toBuilder().strategy(RoutingStrategy.MOST_SKILLED).wrapUpMs(0).build();
        scenario.at(5_000).reload(config(List.of(mostSkilled, SALES), agent("a1", Map.of("support", 5)),
                agent("a2", Map.of("sales", 5))));

        assertEquals(List.of(), scenario.newCommands(), "a reload rings no phone and drops no call");
        assertEquals(CallState.CONNECTED, scenario.callView(1).state());
        assertEquals("a1", scenario.callView(1).agentId());
        assertEquals(List.of(2_000L, 3_000L, 4_000L), List.of(scenario.callView(2).entryMs(),
                scenario.callView(3).entryMs(), scenario.callView(4).entryMs()));
        scenario.at(6_000).agentHangsUp(1);
        scenario.at(7_000).serve("a1", 3).at(8_000).serve("a1", 2);
        assertEquals(List.of("offerCall 3 -> a1", "connectCall 3 -> a1", "offerCall 2 -> a1", "connectCall 2 -> a1",
                "offerCall 4 -> a1"), scenario.newCommands(), "gold first, then by entry time, as before the reload");
    }

    @Test
    void shouldRouteAWaitingCallToAnAgentTheReloadAdded() {
        EngineScenario scenario = new EngineScenario(Configs.supportQueue("a1"));
        scenario.at(1_000).call(1, "support");

        scenario.at(2_000).reload(Configs.supportQueue("a1", "newcomer")).at(3_000).login("newcomer");

        assertEquals(List.of("offerCall 1 -> newcomer"), scenario.newCommands());
    }

    @Test
    void shouldStopRoutingToAnAgentWhoseSkillWasRemoved() {
        AgentConfig senior = agent("senior", Map.of("support", 9));
        EngineScenario scenario = new EngineScenario(config(List.of(SUPPORT), senior,
                agent("junior", Map.of("support", 5))));
        scenario.at(1_000).login("senior").at(2_000).login("junior");

        scenario.at(3_000).reload(config(List.of(SUPPORT), agent("senior", Map.of("billing", 9)),
                agent("junior", Map.of("support", 5))));
        scenario.at(4_000).call(1, "support").at(5_000).call(2, "support");

        assertEquals(List.of("offerCall 1 -> junior"), scenario.newCommands());
        assertEquals(CallState.QUEUED, scenario.callView(2).state());
        assertEquals(AgentState.READY, scenario.agent("senior").state());
    }

    @Test
    void shouldRouteCallsToAQueueTheReloadAdded() {
        EngineScenario scenario = new EngineScenario(config(List.of(SUPPORT), agent("seller", Map.of("sales", 5))));
        scenario.at(1_000).login("seller").call(1, "sales");

        scenario.at(2_000).reload(config(List.of(SUPPORT, SALES), agent("seller", Map.of("sales", 5))))
                .call(2, "sales");

        assertEquals(List.of("offerCall 2 -> seller"), scenario.newCommands());
        assertTrue(scenario.outcomes().lines().contains("rejected callQueued(call 1): unknown queue 'sales'"));
    }

    @Test
    void shouldRejectWholeAReloadThatRemovesAQueueWithCallsAndALoggedInAgent() {
        RoutingConfig original = config(List.of(SUPPORT, SALES), agent("a1", Map.of("support", 5)),
                agent("a2", Map.of("sales", 5)));
        EngineScenario scenario = new EngineScenario(original);
        scenario.at(1_000).login("a1").call(1, "sales");
        EngineSnapshot before = scenario.snapshot();

        scenario.at(1_000).reload(config(List.of(SUPPORT), agent("a3", Map.of("support", 5))));

        EngineSnapshot after = scenario.snapshot();
        List<String> outcomes = scenario.outcomes().lines();
        assertEquals("rejected configReloaded: nothing changed: queue 'sales' is removed but 1 live call(s) are in it;"
                + " agent 'a1' is removed but is logged in (READY); log the agent out first",
                outcomes.get(outcomes.size() - 1));
        assertEquals(1, after.reloads().rejected());
        assertEquals(0, after.reloads().applied());
        assertEquals(before.calls(), after.calls());
        assertEquals(before.agents(), after.agents());
        assertEquals(before.queues(), after.queues());
        scenario.at(2_000).login("a2");
        assertEquals(List.of("offerCall 1 -> a2"), scenario.newCommands(), "the old configuration still routes");
    }

    @Test
    void shouldLetALoggedOutAgentBeRemoved() {
        EngineScenario scenario = new EngineScenario(Configs.supportQueue("stays", "leaves"));
        scenario.at(1_000).login("stays", "leaves").at(2_000).call(1, "support");
        scenario.at(3_000).events().agentLoggedOut(3_000, "leaves");

        scenario.at(4_000).reload(Configs.supportQueue("stays"));

        assertEquals(1, scenario.snapshot().reloads().applied());
        assertEquals(List.of("stays"), scenario.snapshot().agents().stream().map(agent -> agent.id()).toList());
        assertEquals(CallState.OFFERED, scenario.callView(1).state());
    }
}
