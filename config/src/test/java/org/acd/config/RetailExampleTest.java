package org.acd.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.acd.config.ivr.FlowNode;
import org.acd.config.model.AcdConfig;
import org.acd.config.model.AmiSecret;
import org.acd.config.model.ServiceLevelTarget;
import org.acd.core.model.AgentConfig;
import org.acd.core.model.AnnouncePolicy;
import org.acd.core.model.CallbackPolicy;
import org.acd.core.model.OverflowStep;
import org.acd.core.model.QueueConfig;
import org.acd.core.model.QueueExit;
import org.acd.core.model.RoutingConfig;
import org.acd.core.model.RoutingStrategy;
import org.acd.core.model.SkillRequirement;
import org.acd.core.model.TierConfig;
import org.junit.jupiter.api.Test;

final class RetailExampleTest {

    private static final Path EXAMPLE = Path.of("examples/retail.yaml");

    @Test
    void shouldLoadTheShippedExampleWithItsCallerDirectory() {
        AcdConfig config = ConfigLoader.load(EXAMPLE);

        assertEquals("3 queues, 10 agents, 2 flows", config.summary());
        assertEquals(5, config.callerDirectory().orElseThrow().callers().size());
        assertEquals("platinum", config.callerDirectory().orElseThrow().callers().get(0).tier());
        assertEquals(Map.of("100234", "shipped", "100240", "delivered"),
                config.callerDirectory().orElseThrow().callers().get(0).orderStatus());
        assertEquals(new AmiSecret.FromEnvironment("ACD_AMI_SECRET"), config.asterisk().orElseThrow().secret());
        assertEquals(new ServiceLevelTarget(90, 20_000), config.serviceLevels().get("billing"));
        assertEquals(3, config.businessHours().orElseThrow().holidays().size());
        assertEquals(Map.of("1", "orders", "2", "returns", "3", "billing"),
                config.inbound().orElseThrow().queueByDigit());
        assertEquals(60_000, config.kpi().redAfterMs());
    }

    @Test
    void shouldMapToTheRoutingTheDemoRunsOn() {
        RoutingConfig routing = ConfigLoader.retailExample().routing();

        assertEquals(List.of("orders", "returns", "billing", "vip"), routing.skills());
        assertEquals(List.of(new TierConfig("standard", 0, 60_000, Optional.empty()), TierConfig.of("gold", 50),
                new TierConfig("platinum", 100, 0, Optional.of(new SkillRequirement("vip", 1)))), routing.tiers());
        assertEquals(List.of(
                QueueConfig.builder("orders").skill("orders", 3).strategy(RoutingStrategy.LONGEST_IDLE)
                        .overflow(new OverflowStep.RelaxProficiency(10_000, 1))
                        .maxWaitMs(60_000).onMaxWait(QueueExit.voicemail("orders"))
                        .ringTimeoutMs(4_000).wrapUpMs(2_000)
                        .callback(new CallbackPolicy(120_000, 3, 30_000))
                        .announce(new AnnouncePolicy(30_000, true, true, 30_000)).build(),
                QueueConfig.builder("returns").skill("returns", 3).strategy(RoutingStrategy.MOST_SKILLED)
                        .overflow(new OverflowStep.MoveToQueue(10_000, "orders"))
                        .ringTimeoutMs(4_000).wrapUpMs(2_000).build(),
                QueueConfig.builder("billing").skill("billing", 2).strategy(RoutingStrategy.LEAST_OCCUPIED).weight(10)
                        .overflow(new OverflowStep.RaisePriority(15_000, 30))
                        .maxWaitMs(30_000).onMaxWait(QueueExit.voicemail("billing"))
                        .ringTimeoutMs(4_000).wrapUpMs(2_000).build()),
                routing.queues());
        assertEquals(10, routing.agents().size());
        assertEquals(new AgentConfig("hana", "Hana", "PJSIP/1008",
                Map.of("orders", 7, "returns", 7, "billing", 7, "vip", 9), AgentConfig.QUEUE_WRAP_UP),
                routing.agents().get(7));
    }

    @Test
    void shouldReadTheExampleFlowsAsGraphs() {
        AcdConfig config = ConfigLoader.load(EXAMPLE);

        assertEquals(Optional.of("main"), config.ivr().entryFlow());
        FlowNode.Menu menu = (FlowNode.Menu) config.ivr().flows().get("main").nodes().get("main_menu");
        assertEquals("ask_order", menu.options().get("1"));
        FlowNode.Queue orders = (FlowNode.Queue) config.ivr().flows().get("main").nodes().get("orders_queue");
        assertEquals("callback_offer", orders.callbackOffer().orElseThrow().flow());
        assertTrue(config.ivr().flows().get("callback_offer").nodes().get("confirm") instanceof FlowNode.Callback);
    }
}
