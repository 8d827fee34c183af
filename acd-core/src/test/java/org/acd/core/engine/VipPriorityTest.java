package org.acd.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.acd.core.model.QueueConfig;
import org.acd.core.model.RoutingConfig;
import org.acd.core.model.TierConfig;
import org.acd.core.testing.Configs;
import org.acd.core.testing.EngineScenario;
import org.junit.jupiter.api.Test;

/** Behaviour 3: VIP priority without starvation, through aging. */
final class VipPriorityTest {

    private static final long STANDARD_BOUND_MS = 30_000;

    @Test
    void shouldOfferVipCallBeforeOlderStandardCall() {
        EngineScenario scenario = new EngineScenario(Configs.supportQueue("a1"));
        scenario.at(1_000).call(1, "support", "standard").at(2_000).call(2, "support", "platinum");

        scenario.at(3_000).login("a1");

        assertEquals(List.of("offerCall 2 -> a1"), scenario.newCommands());
    }

    @Test
    void shouldLetAStandardCallThatWaitedLongEnoughOvertakeANewVipCall() {
        EngineScenario scenario = new EngineScenario(Configs.supportQueue("a1"));
        scenario.at(0).call(1, "support", "standard").at(101_000).call(2, "support", "platinum");

        scenario.at(101_500).login("a1");

        assertEquals(List.of("offerCall 1 -> a1"), scenario.newCommands());
    }

    @Test
    void shouldNeverHoldAStandardCallBehindLaterVipCallsBeyondItsBound() {
        EngineScenario scenario = new EngineScenario(boundedStandardTier());
        scenario.at(0).login("a1");
        scenario.at(500).call(1, "support", "platinum");
        scenario.at(1_000).call(1_000, "support", "standard");
        long nextVipId = 2;
        List<Long> vipArrivals = new ArrayList<>(List.of(500L));
        for (long t = 2_000; t <= 120_000; t += 1_000) {
            scenario.at(t);
            if (t % 2_000 == 0) {
                vipArrivals.add(t);
                scenario.call(nextVipId++, "support", "platinum");
            }
            if (t % 5_000 == 0) {
                serveRingingCall(scenario);
            }
        }

        List<Long> servedBeforeStandard = callsOfferedBefore(scenario, 1_000);
        long lastVipArrivalServedFirst = servedBeforeStandard.stream()
                .mapToLong(id -> vipArrivals.get(id.intValue() - 1)).max().orElse(0);
        assertTrue(scenario.outcomes().matching("offered 1000 ").size() == 1, "the standard call was served");
        assertTrue(lastVipArrivalServedFirst <= 1_000 + STANDARD_BOUND_MS,
                "a VIP that arrived at " + lastVipArrivalServedFirst + " ms overtook the standard call of 1000 ms");
    }

    private static RoutingConfig boundedStandardTier() {
        QueueConfig support = QueueConfig.builder("support").skill("support", 1).agingPointsPerSecond(0).build();
        return new RoutingConfig(Configs.SKILLS,
                List.of(new TierConfig("standard", 0, STANDARD_BOUND_MS, Optional.empty()),
                        TierConfig.of("platinum", 100)),
                List.of(support), List.of(Configs.agent("a1", Map.of("support", 5))));
    }

    private static void serveRingingCall(EngineScenario scenario) {
        long ringing = scenario.agent("a1").callId();
        if (ringing != 0) {
            scenario.serve("a1", ringing);
        }
    }

    private static List<Long> callsOfferedBefore(EngineScenario scenario, long callId) {
        List<Long> offered = new ArrayList<>();
        for (String line : scenario.outcomes().matching("offered")) {
            long id = Long.parseLong(line.split(" ")[1]);
            if (id == callId) {
                break;
            }
            offered.add(id);
        }
        return offered;
    }
}
