package org.acd.core.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.acd.core.api.AgentState;
import org.acd.core.model.AgentConfig;
import org.acd.core.model.OverflowStep;
import org.acd.core.model.QueueConfig;
import org.acd.core.model.RoutingConfig;
import org.acd.core.model.RoutingStrategy;
import org.acd.core.model.SkillRequirement;
import org.acd.core.model.TierConfig;

/**
 * Everything derived from the configuration: tiers with their requirement variants, queues with
 * their buckets, agents with their bucket memberships. Eligibility is worked out here, once per
 * configuration, through an index of agents by skill, so that routing never tests skills. A reload
 * ({@link #load}) rebuilds all of it in place, keeping the agents that stay (their state is live)
 * and each remaining queue's recent handle times; the {@link ConfigReloader} moves the calls over.
 */
final class RoutingTopology {

    final Map<String, Tier> tiers = new HashMap<>();
    final Map<String, RoutedQueue> queues = new LinkedHashMap<>();
    final Map<String, Agent> agents = new LinkedHashMap<>();
    private final Set<String> skills = new HashSet<>();
    /** Distinct tier skills; variant {@code i + 1} needs {@code tierSkills.get(i)}, variant 0 none. */
    private final List<SkillRequirement> tierSkills = new ArrayList<>();
    private final Map<String, List<Agent>> agentsBySkill = new HashMap<>();
    /** The ready agents of every bucket, one per requirement and strategy, shared across queues. */
    private final Map<ReadyPoolKey, ReadyAgents> readyPools = new HashMap<>();

    /** Buckets with equal requirements and strategies hold the same agents in the same order. */
    private record ReadyPoolKey(Requirement requirement, RoutingStrategy strategy) {
    }

    RoutingTopology(RoutingConfig config) {
        load(config);
    }

    /**
     * Derives everything from {@code config}, replacing what an earlier configuration left: an
     * agent that stays keeps its object and state (its skills, endpoint and place in the order may
     * change) and counts as logged in where it now belongs; a queue that stays keeps its recent
     * handle times. The caller makes every agent unroutable first and places calls again after.
     */
    void load(RoutingConfig config) {
        Map<String, Agent> previousAgents = new HashMap<>(agents);
        Map<String, RecentHandleTimes> previousHandleTimes = new HashMap<>();
        queues.forEach((id, queue) -> previousHandleTimes.put(id, queue.handleTimes));
        tiers.clear();
        queues.clear();
        agents.clear();
        skills.clear();
        tierSkills.clear();
        agentsBySkill.clear();
        readyPools.clear();
        skills.addAll(config.skills());
        config.tiers().forEach(this::addTier);
        for (int i = 0; i < config.agents().size(); i++) {
            addAgent(config.agents().get(i), i, previousAgents.get(config.agents().get(i).id()));
        }
        int topPriority = config.tiers().stream().mapToInt(TierConfig::priority).max().orElse(0);
        Map<Agent, List<AgentInBucket>> memberships = new HashMap<>();
        for (QueueConfig queue : config.queues()) {
            queues.put(queue.id(), buildQueue(queue, agingPointsPerMs(queue, config.tiers(), topPriority),
                    previousHandleTimes.getOrDefault(queue.id(), new RecentHandleTimes()), memberships));
        }
        memberships.forEach((agent, list) -> {
            agent.memberships = list.toArray(AgentInBucket[]::new);
            agent.readyMemberships = oneForEachReadyPool(list);
            agent.servedQueues = list.stream().map(membership -> membership.bucket)
                    .filter(bucket -> bucket == bucket.queue.buckets[0][0]).map(bucket -> bucket.queue)
                    .toArray(RoutedQueue[]::new);
            for (RoutedQueue queue : agent.servedQueues) {
                queue.agentCounted(agent.state);
            }
            if (agent.state != AgentState.LOGGED_OUT) {
                for (AgentInBucket membership : agent.memberships) {
                    membership.bucket.loggedInAgents++;
                }
            }
        });
    }

    /** Whether the configuration knows the skill. */
    boolean hasSkill(String skill) {
        return skills.contains(skill);
    }

    /** What is wrong with a call's extra skills (unknown skill, proficiency out of range), empty if nothing. */
    String problemsWith(Map<String, Integer> extraSkills) {
        List<String> problems = new ArrayList<>();
        extraSkills.forEach((skill, minProficiency) -> {
            if (!skills.contains(skill)) {
                problems.add("unknown skill '" + skill + "'");
            } else if (minProficiency == null || minProficiency < SkillRequirement.MIN_PROFICIENCY
                    || minProficiency > SkillRequirement.MAX_PROFICIENCY) {
                problems.add(skill + ": proficiency " + minProficiency + " is outside 1 to 10");
            }
        });
        return String.join(", ", problems);
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

    private void addAgent(AgentConfig config, int index, Agent previous) {
        Agent agent = previous == null ? new Agent(config, index) : previous.reconfigured(config, index);
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

    private RoutedQueue buildQueue(QueueConfig config, double agingPointsPerMs, RecentHandleTimes handleTimes,
                                   Map<Agent, List<AgentInBucket>> memberships) {
        int variants = tierSkills.size() + 1;
        Bucket[][] buckets = new Bucket[variants][];
        RoutedQueue queue = new RoutedQueue(config, agingPointsPerMs, buckets, new ArrayList<>(), handleTimes);
        for (int variant = 0; variant < variants; variant++) {
            buckets[variant] = buildLevels(queue, variant, List.of(), memberships);
        }
        return queue;
    }

    /**
     * The buckets by overflow level of a call of {@code tier} with {@code extraSkills} (in skill
     * order) in the queue: shared by every such call, made when the first arrives. O(1) without extra
     * skills; with them a lookup, and the first time O(agents with the skills) to work out who is
     * eligible, as the configuration's own buckets were.
     */
    Bucket[] levelsFor(RoutedQueue queue, Tier tier, List<SkillRequirement> extraSkills) {
        if (extraSkills.isEmpty()) {
            return queue.buckets[tier.variant()];
        }
        ExtraSkillsKey key = new ExtraSkillsKey(tier.variant(), extraSkills);
        Bucket[] levels = queue.extraLevels.get(key);
        if (levels == null) {
            Map<Agent, List<AgentInBucket>> memberships = new HashMap<>();
            levels = buildLevels(queue, key.variant(), extraSkills, memberships);
            queue.extraLevels.put(key, levels);
            memberships.forEach(this::joinNewBuckets);
        }
        return levels;
    }

    private Bucket[] buildLevels(RoutedQueue queue, int variant, List<SkillRequirement> extraSkills,
                                 Map<Agent, List<AgentInBucket>> memberships) {
        QueueConfig config = queue.config;
        int levels = config.overflowSteps().size() + 1;
        Bucket[] buckets = new Bucket[levels];
        Requirement previous = null;
        for (int level = 0; level < levels; level++) {
            Requirement requirement = requirementAt(config, variant, level, extraSkills);
            if (requirement.equals(previous)) {
                buckets[level] = buckets[level - 1];
                continue;
            }
            Bucket bucket = new Bucket(queue, requirement, readyPools.computeIfAbsent(
                    new ReadyPoolKey(requirement, config.strategy()), key -> new ReadyAgents()));
            buckets[level] = bucket;
            queue.distinctBuckets.add(bucket);
            addEligibleAgents(bucket, memberships);
            previous = requirement;
        }
        return buckets;
    }

    /**
     * An agent eligible for buckets made while the engine runs: it counts as logged in there if it
     * is, and a routable agent joins the ready agents it was not in yet, so that the new buckets
     * keep their waiting calls or their ready agents empty from the start.
     */
    private void joinNewBuckets(Agent agent, List<AgentInBucket> added) {
        AgentInBucket[] memberships = Arrays.copyOf(agent.memberships, agent.memberships.length + added.size());
        List<AgentInBucket> readyMemberships = new ArrayList<>(List.of(agent.readyMemberships));
        Set<ReadyAgents> pools = Collections.newSetFromMap(new IdentityHashMap<>());
        readyMemberships.forEach(membership -> pools.add(membership.bucket.readyAgents));
        for (int i = 0; i < added.size(); i++) {
            AgentInBucket membership = added.get(i);
            memberships[agent.memberships.length + i] = membership;
            if (agent.state != AgentState.LOGGED_OUT) {
                membership.bucket.loggedInAgents++;
            }
            if (pools.add(membership.bucket.readyAgents)) {
                readyMemberships.add(membership);
                if (agent.routable) {
                    membership.bucket.readyAgents.add(agent, membership.readyKey());
                }
            }
        }
        agent.memberships = memberships;
        agent.readyMemberships = readyMemberships.toArray(AgentInBucket[]::new);
    }

    /**
     * The requirement after {@code level} overflow steps: the queue's skills, relaxed by the relax
     * steps, or any alternative skill added since; a tier's own skill and the call's extra skills are
     * demanded in every case (an extra skill the alternative has already at its higher minimum).
     */
    private Requirement requirementAt(QueueConfig config, int variant, int level, List<SkillRequirement> extraSkills) {
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
        extraSkills.forEach(extra -> alternatives.forEach(alternative -> demand(alternative, extra)));
        return new Requirement(alternatives);
    }

    private static void demand(List<SkillRequirement> alternative, SkillRequirement skill) {
        for (int i = 0; i < alternative.size(); i++) {
            if (alternative.get(i).skill().equals(skill.skill())) {
                alternative.set(i, alternative.get(i).withMinProficiency(
                        Math.max(alternative.get(i).minProficiency(), skill.minProficiency())));
                return;
            }
        }
        alternative.add(skill);
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
