package org.acd.core.invariants;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.acd.core.model.AgentConfig;
import org.acd.core.model.OverflowStep;
import org.acd.core.model.QueueConfig;
import org.acd.core.model.RoutingConfig;
import org.acd.core.model.SkillRequirement;
import org.acd.core.model.TierConfig;
import org.acd.core.view.CallView;

/**
 * The routing rules as the model's javadoc states them, worked out from the configuration alone so
 * that the checks never trust the engine's buckets, timers or counters: who may take which call,
 * when a waiting call's overflow steps fall due and what they add to its priority, and how long an
 * agent wraps up. Eligibility:
 * <ul>
 *   <li>the queue's skills are all required, each at its minimum proficiency, lowered to the
 *       lowest {@link OverflowStep.RelaxProficiency} applied so far;</li>
 *   <li>an applied {@link OverflowStep.AddAlternativeSkill} also accepts agents who have that one
 *       skill <em>instead of the queue's own requirements</em>;</li>
 *   <li>the tier's required skill is demanded on top of the queue's skills; an alternative replaces
 *       the queue's requirements only, so the tier's skill is demanded with it as well;</li>
 *   <li>so are a call's extra skills, each at its minimum, whatever steps applied.</li>
 * </ul>
 * Immutable; shared by the runs of a test.
 */
final class RoutingRules {

    private final Map<String, QueueConfig> queues;
    private final Map<String, AgentConfig> agents;
    private final Map<String, Integer> order = new HashMap<>();
    private final Map<String, Integer> tierPriorities = new HashMap<>();
    /** Per queue, the points its first {@code n} steps raise a call's priority by, at index {@code n}. */
    private final Map<String, int[]> raisedByStep = new HashMap<>();

    /** Every answer worked out once: agent, then queue, then tier, then steps applied. */
    private final Map<String, Map<String, Map<String, boolean[]>>> answers = new HashMap<>();
    private final Map<String, Map<String, Boolean>> baseAnswers = new HashMap<>();

    RoutingRules(RoutingConfig config) {
        this.queues = index(config.queues(), QueueConfig::id);
        this.agents = index(config.agents(), AgentConfig::id);
        config.agents().forEach(agent -> order.put(agent.id(), order.size()));
        config.tiers().forEach(tier -> tierPriorities.put(tier.id(), tier.priority()));
        for (QueueConfig queue : config.queues()) {
            List<OverflowStep> steps = queue.overflowSteps();
            int[] raised = new int[steps.size() + 1];
            for (int i = 0; i < steps.size(); i++) {
                raised[i + 1] = raised[i] + (steps.get(i) instanceof OverflowStep.RaisePriority raise ? raise.points() : 0);
            }
            raisedByStep.put(queue.id(), raised);
        }
        for (AgentConfig agent : config.agents()) {
            for (QueueConfig queue : config.queues()) {
                for (TierConfig tier : config.tiers()) {
                    boolean[] bySteps = new boolean[queue.overflowSteps().size() + 1];
                    for (int steps = 0; steps < bySteps.length; steps++) {
                        bySteps[steps] = worksOut(agent, queue, tier, steps);
                    }
                    answers.computeIfAbsent(agent.id(), a -> new HashMap<>())
                            .computeIfAbsent(queue.id(), q -> new HashMap<>()).put(tier.id(), bySteps);
                }
                baseAnswers.computeIfAbsent(agent.id(), a -> new HashMap<>())
                        .put(queue.id(), worksOut(agent, queue, TierConfig.of("", 0), 0));
            }
        }
    }

    private static <T> Map<String, T> index(List<T> items, Function<T, String> id) {
        return items.stream().collect(Collectors.toMap(id, item -> item, (a, b) -> a, HashMap::new));
    }

    /** The agent's place in the configuration, the final tie-break between agents. */
    int configOrder(String agentId) {
        return order.get(agentId);
    }

    QueueConfig queue(String queueId) {
        return queues.get(queueId);
    }

    AgentConfig agent(String agentId) {
        return agents.get(agentId);
    }

    /** Whether the agent meets the queue's own skills, as a call of a tier that demands nothing more needs. */
    boolean meetsQueueSkills(String agentId, String queueId) {
        return baseAnswers.get(agentId).get(queueId);
    }

    /** Whether the agent may take a call of {@code tierId} in the queue once {@code stepsApplied} steps applied. */
    boolean eligible(String agentId, String queueId, String tierId, int stepsApplied) {
        return answers.get(agentId).get(queueId).get(tierId)[stepsApplied];
    }

    /** The same, for a call that also demands {@code extraSkills} (skill to minimum proficiency) of its agent. */
    boolean eligible(String agentId, String queueId, String tierId, int stepsApplied, Map<String, Integer> extraSkills) {
        return eligible(agentId, queueId, tierId, stepsApplied) && hasAll(agents.get(agentId), extraSkills);
    }

    /** Whether the call the view shows may be taken by the agent. */
    boolean eligible(String agentId, CallView call) {
        return eligible(agentId, call.queueId(), call.tierId(), call.stepsApplied(), call.extraSkills());
    }

    private static boolean hasAll(AgentConfig agent, Map<String, Integer> skills) {
        for (Map.Entry<String, Integer> skill : skills.entrySet()) {
            if (agent.skills().getOrDefault(skill.getKey(), 0) < skill.getValue()) {
                return false;
            }
        }
        return true;
    }

    private static boolean worksOut(AgentConfig agent, QueueConfig queue, TierConfig tier, int stepsApplied) {
        Optional<SkillRequirement> tierSkill = tier.requiredSkill();
        if (tierSkill.isPresent() && !has(agent, tierSkill.get(), tierSkill.get().minProficiency())) {
            return false;
        }
        List<OverflowStep> applied = queue.overflowSteps().subList(0, stepsApplied);
        int relaxedTo = applied.stream().filter(OverflowStep.RelaxProficiency.class::isInstance)
                .mapToInt(step -> ((OverflowStep.RelaxProficiency) step).minProficiency())
                .min().orElse(Integer.MAX_VALUE);
        boolean meetsQueueSkills = queue.skills().stream()
                .allMatch(skill -> has(agent, skill, Math.min(skill.minProficiency(), relaxedTo)));
        boolean meetsAnAlternative = applied.stream().filter(OverflowStep.AddAlternativeSkill.class::isInstance)
                .map(step -> ((OverflowStep.AddAlternativeSkill) step).alternative())
                .anyMatch(alternative -> has(agent, alternative, alternative.minProficiency()));
        return meetsQueueSkills || meetsAnAlternative;
    }

    /** Whether any of {@code agentIds} may take a just-arrived call of {@code tierId} with {@code extraSkills} in the queue. */
    boolean anyEligibleOnEntry(Iterable<String> agentIds, String queueId, String tierId, Map<String, Integer> extraSkills) {
        for (String agentId : agentIds) {
            if (eligible(agentId, queueId, tierId, 0, extraSkills)) {
                return true;
            }
        }
        return false;
    }

    private static boolean has(AgentConfig agent, SkillRequirement skill, int minProficiency) {
        return agent.skills().getOrDefault(skill.skill(), 0) >= minProficiency;
    }

    /** How many of the queue's steps are due by {@code nowMs} for a call that entered it at {@code queueEntryMs}. */
    int stepsDue(String queueId, long queueEntryMs, long nowMs) {
        List<OverflowStep> steps = queues.get(queueId).overflowSteps();
        int due = 0;
        while (due < steps.size() && queueEntryMs + steps.get(due).afterMs() <= nowMs) {
            due++;
        }
        return due;
    }

    /**
     * How many of the queue's steps a call that entered it at {@code queueEntryMs} has taken by
     * {@code nowMs}: those due, up to and including a move to another queue.
     */
    int stepsTaken(String queueId, long queueEntryMs, long nowMs) {
        List<OverflowStep> steps = queues.get(queueId).overflowSteps();
        int due = stepsDue(queueId, queueEntryMs, nowMs);
        for (int i = 0; i < due; i++) {
            if (steps.get(i) instanceof OverflowStep.MoveToQueue) {
                return i + 1;
            }
        }
        return due;
    }

    /** The points the queue's first {@code steps} steps add to a call's priority. */
    int raisedPriority(String queueId, int steps) {
        return raisedByStep.get(queueId)[steps];
    }

    int tierPriority(String tierId) {
        return tierPriorities.get(tierId);
    }

    /**
     * When a waiting call's next step or max wait falls due, or {@link Long#MIN_VALUE} if never;
     * without {@code maxWaitApplies} (a callback) only its next step.
     */
    long nextDueMs(String queueId, long queueEntryMs, int stepsApplied, boolean maxWaitApplies) {
        QueueConfig queue = queues.get(queueId);
        long due = Long.MAX_VALUE;
        if (stepsApplied < queue.overflowSteps().size()) {
            due = queueEntryMs + queue.overflowSteps().get(stepsApplied).afterMs();
        }
        if (maxWaitApplies && queue.maxWaitMs() > 0) {
            due = Math.min(due, queueEntryMs + queue.maxWaitMs());
        }
        return due == Long.MAX_VALUE ? Long.MIN_VALUE : due;
    }

    /** The wrap-up an agent owes after a call of the queue: its own time when set, else the queue's. */
    long wrapUpMs(String agentId, String queueId) {
        long own = agents.get(agentId).wrapUpMs();
        return own >= 0 ? own : queues.get(queueId).wrapUpMs();
    }
}
