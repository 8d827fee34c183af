package org.acd.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.acd.core.api.ExitAction;
import org.junit.jupiter.api.Test;

/** The routing configuration is checked whole: every problem, each with where it is. */
final class RoutingConfigValidatorTest {

    private static final List<String> SKILLS = List.of("support", "billing");
    private static final List<TierConfig> TIERS = List.of(TierConfig.of("standard", 0));

    private static List<String> problemsOf(List<TierConfig> tiers, List<QueueConfig> queues, List<AgentConfig> agents) {
        return assertThrows(InvalidConfigException.class, () -> new RoutingConfig(SKILLS, tiers, queues, agents))
                .problems();
    }

    @Test
    void shouldReportEveryProblemWithItsPath() {
        QueueConfig broken = QueueConfig.builder("support").skill("billng", 11).ringTimeoutMs(0).weight(-1)
                .overflow(new OverflowStep.MoveToQueue(30_000, "nowhere"))
                .overflow(new OverflowStep.RaisePriority(10_000, 0))
                .onMaxWait(new QueueExit(ExitAction.TRANSFER, "")).build();
        AgentConfig agent = new AgentConfig("a1", "A", "", Map.of("sales", 0), -1);

        List<String> problems = problemsOf(TIERS, List.of(broken), List.of(agent));

        assertEquals(List.of(
                "queues[support].skills[0]: unknown skill 'billng'",
                "queues[support].skills[0].minProficiency: proficiency 11 is outside 1 to 10",
                "queues[support].weight: must not be negative",
                "queues[support].ringTimeout: must be more than 0",
                "queues[support].onMaxWait.target: transfer needs a target",
                "queues[support].overflow[0].queue: unknown queue 'nowhere'",
                "queues[support].overflow[1].after: must be more than 0 and not before the step above it",
                "queues[support].overflow[1].points: must be more than 0",
                "agents[a1].endpoint: missing (the phone to ring, e.g. PJSIP/1001)",
                "agents[a1].skills.sales: unknown skill 'sales'",
                "agents[a1].skills.sales: proficiency 0 is outside 1 to 10"), problems);
    }

    @Test
    void shouldRejectDuplicateIdsAndMissingTiers() {
        QueueConfig queue = QueueConfig.builder("q").skill("support", 1).build();

        List<String> problems = problemsOf(List.of(), List.of(queue, queue),
                List.of(AgentConfig.of("a", Map.of()), AgentConfig.of("a", Map.of())));

        assertEquals(List.of("queues[q]: defined twice", "agents[a]: defined twice",
                "tiers: at least one tier is needed (calls name their tier)"), problems);
    }

    @Test
    void shouldRejectEntryMovesThatLoop() {
        QueueConfig a = QueueConfig.builder("a").skill("support", 1).onFull(QueueExit.toQueue("b")).build();
        QueueConfig b = QueueConfig.builder("b").skill("support", 1).whenNoAgents(QueueExit.toQueue("a")).build();

        assertEquals(List.of("queues[a]: onFull/whenNoAgents moves lead back to this queue",
                "queues[b]: onFull/whenNoAgents moves lead back to this queue"), problemsOf(TIERS, List.of(a, b), List.of()));
    }

    @Test
    void shouldRejectAQueueOverflowingIntoItselfAndAnUnknownTierSkill() {
        QueueConfig loop = QueueConfig.builder("q").skill("support", 1).onMaxWait(QueueExit.toQueue("q")).build();
        TierConfig vip = new TierConfig("vip", 10, -5, Optional.of(new SkillRequirement("vipdesk", 5)));

        assertEquals(List.of("tiers[vip].maxWaitBehindOthers: must not be negative",
                "tiers[vip].requiredSkill: unknown skill 'vipdesk'",
                "queues[q].onMaxWait.target: a queue cannot overflow into itself"),
                problemsOf(List.of(vip), List.of(loop), List.of()));
    }
}
