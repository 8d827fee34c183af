package org.acd.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.acd.core.api.QueueRequest;
import org.acd.core.model.QueueConfig;
import org.acd.core.model.RoutingConfig;
import org.acd.core.testing.Configs;
import org.acd.core.testing.EngineScenario;
import org.junit.jupiter.api.Test;

/** What an IVR queue node hands over beyond queue and tier: extra skills and extra priority points. */
final class IvrHandoffTest {

    /** {@code support} needs support 1+; a1 has support only, a2 support and spanish 6, a3 spanish 3. */
    private static final RoutingConfig CONFIG = Configs.config(
            List.of(QueueConfig.builder("support").skill("support", 1).agingPointsPerSecond(0).build()),
            List.of(Configs.agent("a1", Map.of("support", 5)),
                    Configs.agent("a2", Map.of("support", 5, "vip", 6)),
                    Configs.agent("a3", Map.of("support", 5, "vip", 3))));

    private static QueueRequest skills(Map<String, Integer> extraSkills) {
        return new QueueRequest(extraSkills, 0, 0);
    }

    @Test
    void shouldOfferACallWithExtraSkillsOnlyToAgentsWhoHaveThem() {
        EngineScenario scenario = new EngineScenario(CONFIG).at(0).login("a1", "a3", "a2");
        scenario.newCommands();

        scenario.at(1_000).call(1, "support", "standard", skills(Map.of("vip", 5)));

        assertEquals(List.of("offerCall 1 -> a2"), scenario.newCommands());
        assertEquals(Map.of("vip", 5), scenario.callView(1).extraSkills());
        assertEquals("support>=1 & vip>=5", scenario.callView(1).requirement());
    }

    @Test
    void shouldKeepACallWithExtraSkillsWaitingUntilAQualifiedAgentIsReady() {
        EngineScenario scenario = new EngineScenario(CONFIG).at(0).login("a1", "a3");
        scenario.at(1_000).call(1, "support", "standard", skills(Map.of("vip", 5)));
        scenario.at(2_000).call(2, "support", "standard");
        assertEquals(List.of("offerCall 2 -> a1"), scenario.newCommands());

        scenario.at(3_000).login("a2");

        assertEquals(List.of("offerCall 1 -> a2"), scenario.newCommands());
    }

    @Test
    void shouldRaiseAQueueSkillToTheHigherMinimumAskedForByTheFlow() {
        EngineScenario scenario = new EngineScenario(CONFIG).at(0).login("a1");
        scenario.at(1_000).call(1, "support", "standard", skills(Map.of("support", 6)));

        assertEquals(List.of(), scenario.newCommands());
        assertEquals("support>=6", scenario.callView(1).requirement());
    }

    @Test
    void shouldServeACallWithExtraPointsBeforeAnOlderCallOfTheSameTier() {
        EngineScenario scenario = new EngineScenario(CONFIG);
        scenario.at(1_000).call(1, "support", "standard");
        scenario.at(2_000).call(2, "support", "standard", new QueueRequest(Map.of(), 25, 0));
        assertEquals(25, scenario.callView(2).priority());

        scenario.at(3_000).login("a1");

        assertEquals(List.of("offerCall 2 -> a1"), scenario.newCommands());
    }

    @Test
    void shouldCountAWaitingCallWithExtraSkillsInItsQueuePosition() {
        EngineScenario scenario = new EngineScenario(CONFIG);
        scenario.at(1_000).call(1, "support", "standard", skills(Map.of("vip", 5)));
        scenario.at(2_000).call(2, "support", "standard");

        assertEquals(List.of("entered 1 support tier=standard pos=1", "entered 2 support tier=standard pos=2"),
                scenario.outcomes().matching("entered"));
    }

    @Test
    void shouldRejectExtraSkillsTheConfigurationDoesNotKnow() {
        EngineScenario scenario = new EngineScenario(CONFIG).at(0).login("a1");
        scenario.newCommands();

        scenario.at(1_000).call(1, "support", "standard", skills(Map.of("klingon", 3, "vip", 11)));

        assertEquals(List.of("rejected callQueued(call 1): extra skills unknown skill 'klingon', vip: proficiency 11"
                + " is outside 1 to 10"), scenario.outcomes().matching("rejected"));
        assertEquals(List.of(), scenario.newCommands());
    }
}
