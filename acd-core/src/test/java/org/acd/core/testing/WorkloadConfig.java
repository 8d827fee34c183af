package org.acd.core.testing;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.acd.core.model.AgentConfig;
import org.acd.core.model.OverflowStep;
import org.acd.core.model.QueueConfig;
import org.acd.core.model.QueueExit;
import org.acd.core.model.RoutingConfig;
import org.acd.core.model.RoutingStrategy;
import org.acd.core.model.SkillRequirement;
import org.acd.core.model.TierConfig;

/**
 * A small but rich routing configuration for randomized workloads: every strategy, every kind of
 * overflow step and queue exit, tiers with a required skill and with a wait bound, agents whose
 * proficiencies sit on both sides of every threshold (and one with no skills at all). A queue has a
 * move step or a max wait that leaves the server, not both: the earlier would hide the later.
 */
public final class WorkloadConfig {

    public static final List<String> SKILLS = List.of("support", "billing", "sales", "general", "tech", "vip",
            "spanish");

    /** {@code standard} may be overtaken for at most 60 s; {@code platinum} and {@code latam} need a skill. */
    public static final List<TierConfig> TIERS = List.of(
            new TierConfig("standard", 0, 60_000, Optional.empty()),
            TierConfig.of("gold", 50),
            new TierConfig("platinum", 100, 0, Optional.of(new SkillRequirement("vip", 3))),
            new TierConfig("latam", 20, 0, Optional.of(new SkillRequirement("spanish", 4))));

    public static final List<QueueConfig> QUEUES = List.of(
            QueueConfig.builder("support").skill("support", 5).strategy(RoutingStrategy.LONGEST_IDLE)
                    .maxWaiting(6).onFull(QueueExit.toQueue("general"))
                    .maxWaitMs(120_000).onMaxWait(QueueExit.voicemail("vm-support"))
                    .ringTimeoutMs(10_000).wrapUpMs(5_000)
                    .overflow(new OverflowStep.RelaxProficiency(20_000, 2))
                    .overflow(new OverflowStep.AddAlternativeSkill(40_000, new SkillRequirement("tech", 6)))
                    .overflow(new OverflowStep.RaisePriority(50_000, 30))
                    .build(),
            QueueConfig.builder("billing").skill("billing", 4).skill("support", 2).strategy(RoutingStrategy.MOST_SKILLED)
                    .weight(10).maxWaitMs(60_000).onMaxWait(QueueExit.toQueue("general"))
                    .whenNoAgents(QueueExit.voicemail("vm-billing"))
                    .ringTimeoutMs(8_000).wrapUpMs(3_000)
                    .overflow(new OverflowStep.RaisePriority(15_000, 20))
                    .overflow(new OverflowStep.RelaxProficiency(30_000, 1))
                    .build(),
            QueueConfig.builder("sales").skill("sales", 3).strategy(RoutingStrategy.LEAST_OCCUPIED)
                    .maxWaiting(4).onFull(QueueExit.hangUp()).whenNoAgents(QueueExit.toQueue("general"))
                    .maxWaitMs(90_000).onMaxWait(QueueExit.hangUp())
                    .ringTimeoutMs(12_000).wrapUpMs(0)
                    .overflow(new OverflowStep.AddAlternativeSkill(25_000, new SkillRequirement("general", 7)))
                    .overflow(new OverflowStep.RelaxProficiency(45_000, 1))
                    .build(),
            QueueConfig.builder("general").skill("general", 1).strategy(RoutingStrategy.ROUND_ROBIN)
                    .agingPointsPerSecond(0.5).maxWaiting(8).onFull(QueueExit.voicemail("vm-general"))
                    .maxWaitMs(150_000).onMaxWait(QueueExit.hangUp())
                    .ringTimeoutMs(15_000).wrapUpMs(2_000)
                    .overflow(new OverflowStep.RaisePriority(30_000, 10))
                    .build(),
            QueueConfig.builder("vip").skill("vip", 6).skill("support", 3).strategy(RoutingStrategy.MOST_SKILLED)
                    .weight(50).agingPointsPerSecond(2.0).whenNoAgents(QueueExit.toQueue("support"))
                    .ringTimeoutMs(9_000).wrapUpMs(4_000)
                    .overflow(new OverflowStep.RelaxProficiency(10_000, 3))
                    .overflow(new OverflowStep.AddAlternativeSkill(20_000, new SkillRequirement("billing", 8)))
                    .overflow(new OverflowStep.MoveToQueue(30_000, "support"))
                    .build());

    public static final List<AgentConfig> AGENTS = List.of(
            AgentConfig.of("a01", Map.of("support", 7, "general", 3)),
            AgentConfig.of("a02", Map.of("support", 3, "tech", 8)),
            AgentConfig.of("a03", Map.of("billing", 9, "support", 2, "vip", 4)),
            AgentConfig.of("a04", Map.of("billing", 4, "support", 1, "spanish", 6)),
            AgentConfig.of("a05", Map.of("sales", 5, "general", 8, "spanish", 3)),
            AgentConfig.of("a06", Map.of("sales", 2, "general", 2)),
            AgentConfig.of("a07", Map.of("vip", 7, "support", 6, "billing", 5)),
            AgentConfig.of("a08", Map.of("vip", 5, "support", 3, "spanish", 9)),
            AgentConfig.of("a09", Map.of("general", 6, "tech", 5)),
            new AgentConfig("a10", "Agent Ten", "PJSIP/a10", Map.of("support", 5, "billing", 6, "sales", 4), 1_500),
            new AgentConfig("a11", "Agent Eleven", "SIP/a11", Map.of("tech", 6, "sales", 9), 0),
            AgentConfig.of("a12", Map.of("spanish", 5, "general", 1, "sales", 3)),
            AgentConfig.of("trainee", Map.of()));

    public static final RoutingConfig CONFIG = new RoutingConfig(SKILLS, TIERS, QUEUES, AGENTS);

    /**
     * {@link #CONFIG} with a twin of every queue: same skills, strategy and overflow steps, its own
     * id and a higher weight, so that buckets of different queues share their ready agents and an
     * agent chooses between twins by the queues' weights.
     */
    public static final RoutingConfig WITH_TWIN_QUEUES = new RoutingConfig(SKILLS, TIERS,
            Stream.concat(QUEUES.stream(), QUEUES.stream().map(WorkloadConfig::twin)).toList(), AGENTS);

    private static QueueConfig twin(QueueConfig queue) {
        return new QueueConfig(queue.id() + "-twin", queue.skills(), queue.strategy(), queue.weight() + 5,
                queue.agingPointsPerSecond(), queue.maxWaiting(), queue.maxWaitMs(), queue.onMaxWait(), queue.onFull(),
                queue.whenNoAgents(), queue.ringTimeoutMs(), queue.wrapUpMs(), queue.overflowSteps(), queue.callback(),
                queue.announce());
    }

    private WorkloadConfig() {
    }
}
