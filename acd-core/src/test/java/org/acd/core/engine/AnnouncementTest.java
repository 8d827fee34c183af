package org.acd.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.acd.core.api.QueueRequest;
import org.acd.core.model.AnnouncePolicy;
import org.acd.core.model.QueueConfig;
import org.acd.core.model.RoutingConfig;
import org.acd.core.testing.Configs;
import org.acd.core.testing.EngineScenario;
import org.junit.jupiter.api.Test;

/** Position and wait announcements, and the callback offer, decided by the engine. */
final class AnnouncementTest {

    private static RoutingConfig config(AnnouncePolicy announce) {
        return Configs.config(List.of(QueueConfig.builder("support").skill("support", 1).agingPointsPerSecond(0)
                        .announce(announce).build()),
                List.of(Configs.agent("a1", Map.of("support", 5)), Configs.agent("a2", Map.of("support", 5))));
    }

    /** a1 and a2 serve the queue; one call of 60 s has completed, so the handle time is known; both talk again. */
    private static EngineScenario busyQueue(AnnouncePolicy announce) {
        EngineScenario scenario = new EngineScenario(config(announce)).at(0).login("a1", "a2");
        scenario.call(1, "support", "standard").answer("a1", 1).at(60_000).agentHangsUp(1);
        scenario.call(2, "support", "standard").answer("a2", 2).call(3, "support", "standard").answer("a1", 3);
        scenario.newCommands();
        return scenario;
    }

    @Test
    void shouldAnnouncePositionAndWaitPeriodicallyButNeverToTheCallerWhoIsNext() {
        EngineScenario scenario = busyQueue(new AnnouncePolicy(20_000, true, true, 10_000));
        scenario.at(61_000).call(10, "support", "standard").call(11, "support", "standard");

        scenario.at(81_000).tick();

        assertEquals(List.of("announcePosition 11 position=2 wait=60s"), scenario.newCommands());
    }

    @Test
    void shouldStaySilentWhenNeitherPositionNorEstimateChangedMeaningfully() {
        EngineScenario scenario = busyQueue(new AnnouncePolicy(20_000, true, true, 10_000));
        scenario.at(61_000).call(10, "support", "standard").call(11, "support", "standard");
        scenario.at(81_000).tick();
        scenario.newCommands();

        scenario.at(101_000).tick();

        assertEquals(List.of(), scenario.newCommands());
    }

    @Test
    void shouldAnnounceAgainWhenThePositionMoves() {
        EngineScenario scenario = busyQueue(new AnnouncePolicy(20_000, true, false, 0));
        scenario.at(61_000).call(10, "support", "standard").call(11, "support", "standard")
                .call(12, "support", "standard");
        scenario.at(81_000).tick();
        assertEquals(List.of("announcePosition 11 position=2 wait=-1s", "announcePosition 12 position=3 wait=-1s"),
                scenario.newCommands());

        scenario.at(90_000).agentHangsUp(2);
        scenario.newCommands();
        scenario.at(101_000).tick();

        assertEquals(List.of("announcePosition 12 position=2 wait=-1s"), scenario.newCommands());
    }

    @Test
    void shouldAnnounceNothingWhenTheQueueHasNoAnnouncements() {
        EngineScenario scenario = busyQueue(AnnouncePolicy.NONE);
        scenario.at(61_000).call(10, "support", "standard").call(11, "support", "standard");

        scenario.at(200_000).tick();

        assertEquals(List.of(), scenario.newCommands());
    }

    @Test
    void shouldOfferACallbackOnceWhenTheEstimateFirstExceedsTheThreshold() {
        EngineScenario scenario = busyQueue(AnnouncePolicy.NONE);
        scenario.at(61_000).call(10, "support", "standard")
                .call(11, "support", "standard", new QueueRequest(Map.of(), 0, 45_000))
                .call(12, "support", "standard", new QueueRequest(Map.of(), 0, 90_000));

        assertEquals(List.of("offerCallback 11"), scenario.newCommands());
        scenario.at(200_000).tick();
        assertEquals(List.of(), scenario.newCommands());
    }

    @Test
    void shouldStopAnnouncingToACallerWhoAcceptedACallback() {
        EngineScenario scenario = busyQueue(new AnnouncePolicy(20_000, true, true, 0));
        scenario.at(61_000).call(10, "support", "standard").call(11, "support", "standard");
        scenario.at(62_000).callbackRequested(11);

        scenario.at(120_000).tick();

        assertEquals(List.of(), scenario.newCommands());
    }
}
