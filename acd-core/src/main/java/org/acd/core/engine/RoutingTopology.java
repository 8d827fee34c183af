package org.acd.core.engine;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.acd.core.model.AgentConfig;
import org.acd.core.model.OverflowStep;
import org.acd.core.model.QueueConfig;
import org.acd.core.model.RoutingConfig;
import org.acd.core.model.RoutingStrategy;
import org.acd.core.model.SkillRequirement;
import org.acd.core.model.TierConfig;

/**
 * Everything derived from the configuration before the first event: tiers with their requirement
 * variants, queues with their buckets, agents with their bucket memberships. Eligibility is worked
 * out here, once, through an index of agents by skill, so that routing never tests skills.
 */
final class RoutingTopology {

    final Map<String, Tier> tiers = new HashMap<>();
    final Map<String, RoutedQueue> queues = new LinkedHashMap<>();
    final Map<String, Agent> agents = new LinkedHashMap<>();
    /** Distinct tier skills; variant {@code i + 1} needs {@code tierSkills.get(i)}, variant 0 none. */
    private final List<SkillRequirement> tierSkills = new ArrayList<>();
    private final Map<String, List<Agent>> agentsBySkill = new HashMap<>();
    /** The ready agents of every bucket, one per requirement and strategy, shared across queues. */
    private final Map<ReadyPoolKey, ReadyAgents> readyPools = new HashMap<>();

    /** Buckets with equal requirements and strategies hold the same agents in the same order. */
    private record ReadyPoolKey(Requirement requirement, RoutingStrategy strategy) {
    }

    RoutingTopology(RoutingConfig config) {
        config.tiers().forEach(this::addTier);
        for (int i = 0; i < config.agents().size(); i++) {
            addAgent(config.agents().get(i), i);
        }
        int topPriority = config.tiers().stream().mapToInt(TierConfig::priority).max().orElse(0);
        Map<Agent, List<AgentInBucket>> memberships = new HashMap<>();
        for (QueueConfig queue : config.queues()) {
            queues.put(queue.id(), buildQueue(queue, agingPointsPerMs(queue, config.tiers(), topPriority), memberships));
        }
        memberships.forEach((agent, list) -> {
            agent.memberships = list.toArray(AgentInBucket[]::new);
            agent.readyMemberships = oneForEachReadyPool(list);
        });
    }

    private void addTier(TierConfig tier) {
        int variant = tier.requiredSkill().map(skill -> {
            int index = tierSkills.indexOf(skill);
            if (index < 0) {
                tierSkills.add(skill);
                index = tierSkills.size() - 1;
            }
            return index + 1;
        }).orElse(0);
        tiers.put(tier.id(), new Tier(tier, variant));
    }

    private void addAgent(AgentConfig config, int index) {
        Agent agent = new Agent(config, index);
        agents.put(config.id(), agent);
        config.skills().keySet().forEach(skill -> agentsBySkill.computeIfAbsent(skill, s -> new ArrayList<>()).add(agent));
    }

    /**
     * A tier whose calls may be overtaken for at most B ms by calls of the top priority P needs
     * {@code (P - own priority) / B} points per ms: a later call then never outranks it after B.
     */
    private static double agingPointsPerMs(QueueConfig queue, List<TierConfig> tiers, int topPriority) {
        double rate = queue.agingPointsPerSecond() / 1000.0;
        for (TierConfig tier : tiers) {
            if (tier.maxWaitBehindOthersMs() > 0 && tier.priority() < topPriority) {
                rate = Math.max(rate, (double) (topPriority - tier.priority()) / tier.maxWaitBehindOthersMs());
            }
        }
        return rate;
    }

    private RoutedQueue buildQueue(QueueConfig config, double agingPointsPerMs,
                                   Map<Agent, List<AgentInBucket>> memberships) {
        int variants = tierSkills.size() + 1;
        int levels = config.overflowSteps().size() + 1;
        Bucket[][] buckets = new Bucket[variants][levels];
        List<Bucket> distinct = new ArrayList<>();
        RoutedQueue queue = new RoutedQueue(config, agingPointsPerMs, buckets, distinct);
        for (int variant = 0; variant < variants; variant++) {
            Requirement previous = null;
            for (int level = 0; level < levels; level++) {
                Requirement requirement = requirementAt(config, variant, level);
                if (requirement.equals(previous)) {
                    buckets[variant][level] = buckets[variant][level - 1];
                    continue;
                }
                Bucket bucket = new Bucket(queue, requirement, readyPools.computeIfAbsent(
                        new ReadyPoolKey(requirement, config.strategy()), key -> new ReadyAgents()));
                buckets[variant][level] = bucket;
                distinct.add(bucket);
                addEligibleAgents(bucket, memberships);
                previous = requirement;
            }
        }
        return queue;
    }

    /**
     * The requirement after {@code level} overflow steps: the queue's skills, relaxed by the relax
     * steps, or any alternative skill added since; a tier's own skill is demanded in every case.
     */
    private Requirement requirementAt(QueueConfig config, int variant, int level) {
        List<SkillRequirement> queueSkills = new ArrayList<>(config.skills());
        List<List<SkillRequirement>> alternatives = new ArrayList<>();
        alternatives.add(queueSkills);
        for (OverflowStep step : config.overflowSteps().subList(0, level)) {
            if (step instanceof OverflowStep.RelaxProficiency relax) {
                queueSkills.replaceAll(skill -> skill.withMinProficiency(
                        Math.min(skill.minProficiency(), relax.minProficiency())));
            } else if (step instanceof OverflowStep.AddAlternativeSkill add) {
                alternatives.add(new ArrayList<>(List.of(add.alternative())));
            }
        }
        if (variant > 0) {
            alternatives.forEach(alternative -> alternative.add(tierSkills.get(variant - 1)));
        }
        return new Requirement(alternatives);
    }

    private static AgentInBucket[] oneForEachReadyPool(List<AgentInBucket> memberships) {
        Set<ReadyAgents> pools = Collections.newSetFromMap(new IdentityHashMap<>());
        return memberships.stream().filter(membership -> pools.add(membership.bucket.readyAgents))
                .toArray(AgentInBucket[]::new);
    }

    private void addEligibleAgents(Bucket bucket, Map<Agent, List<AgentInBucket>> memberships) {
        List<Agent> candidates = new ArrayList<>();
        for (List<SkillRequirement> alternative : bucket.requirement.alternatives()) {
            candidates.addAll(agentsBySkill.getOrDefault(alternative.get(0).skill(), List.of()));
        }
        candidates.stream().distinct().forEach(agent -> {
            int score = bucket.requirement.proficiencyScore(agent.config);
            if (score > 0) {
                memberships.computeIfAbsent(agent, a -> new ArrayList<>()).add(new AgentInBucket(agent, bucket, score));
            }
        });
    }
}
