package org.acd.core.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.acd.core.api.AgentState;
import org.acd.core.api.CallState;
import org.acd.core.model.AgentConfig;
import org.acd.core.model.QueueConfig;
import org.acd.core.model.RoutingConfig;
import org.acd.core.model.SkillRequirement;
import org.acd.core.model.TierConfig;

/**
 * Applies a reloaded configuration to the live engine, all of it or nothing.
 *
 * <p>What an operator can expect:
 * <ul>
 *   <li>Queues, tiers and agents added, changed (strategy, overflow steps, announcements, callback
 *       policy, wrap-up, skills...) or removed take effect at once; new calls and every later
 *       decision follow the new configuration.</li>
 *   <li>Waiting calls keep their entry time, priority and the overflow steps already applied
 *       (counted by position; later steps are the new configuration's, and one already due applies
 *       at once, as does a shorter max wait). Their order is the new configuration's rule applied to
 *       the same keys, so calls of one queue keep their relative order.</li>
 *   <li>Calls ringing an agent, talking, or being called back are left alone; agents keep their
 *       state, reason, time in state and wrap-up, and are routed by their new skills from now on.</li>
 *   <li>A reload that would strand live work is refused whole, with every reason, and nothing
 *       changes: a removed queue or tier that a live call is in, a removed skill a live call asks
 *       for, a removed agent who is still logged in (log the agent out first; a logged-in agent
 *       could be on a call, and an agent who vanishes mid-call leaves that call without an owner).</li>
 * </ul>
 * Engine thread only; O(calls log calls + agents + buckets).
 */
final class ConfigReloader {

    private final RoutingTopology topology;
    private final CallRouter router;
    private final Timers timers;

    ConfigReloader(RoutingTopology topology, CallRouter router, Timers timers) {
        this.topology = topology;
        this.router = router;
        this.timers = timers;
    }

    /** Why the live state forbids {@code config}, one reason per problem; empty if it may apply. */
    List<String> conflictsWith(RoutingConfig config) {
        Set<String> queueIds = config.queues().stream().map(QueueConfig::id).collect(Collectors.toSet());
        Set<String> tierIds = config.tiers().stream().map(TierConfig::id).collect(Collectors.toSet());
        Set<String> agentIds = config.agents().stream().map(AgentConfig::id).collect(Collectors.toSet());
        Set<String> skills = Set.copyOf(config.skills());
        Map<String, Integer> callsInRemovedQueues = new TreeMap<>();
        Map<String, Integer> callsOfRemovedTiers = new TreeMap<>();
        Map<String, Integer> callsAskingRemovedSkills = new TreeMap<>();
        router.forEachCall(call -> {
            if (call.queue != null && !queueIds.contains(call.queue.id())) {
                callsInRemovedQueues.merge(call.queue.id(), 1, Integer::sum);
            }
            if (!tierIds.contains(call.tier.id())) {
                callsOfRemovedTiers.merge(call.tier.id(), 1, Integer::sum);
            }
            for (SkillRequirement skill : call.extraSkills) {
                if (!skills.contains(skill.skill())) {
                    callsAskingRemovedSkills.merge(skill.skill(), 1, Integer::sum);
                }
            }
        });
        List<String> conflicts = new ArrayList<>();
        callsInRemovedQueues.forEach((queue, calls) -> conflicts.add(
                "queue '" + queue + "' is removed but " + calls + " live call(s) are in it"));
        callsOfRemovedTiers.forEach((tier, calls) -> conflicts.add(
                "tier '" + tier + "' is removed but " + calls + " live call(s) are of it"));
        callsAskingRemovedSkills.forEach((skill, calls) -> conflicts.add(
                "skill '" + skill + "' is removed but " + calls + " live call(s) ask for it"));
        topology.agents.values().stream()
                .filter(agent -> !agentIds.contains(agent.id()) && agent.state != AgentState.LOGGED_OUT)
                .forEach(agent -> conflicts.add("agent '" + agent.id() + "' is removed but is logged in ("
                        + agent.state + "); log the agent out first"));
        return conflicts;
    }

    /** Applies {@code config}, which {@link #conflictsWith} found no conflict with. */
    void apply(RoutingConfig config) {
        List<Call> calls = new ArrayList<>();
        router.forEachCall(calls::add);
        calls.sort(Comparator.comparingLong(call -> call.id));
        List<Call> waiting = new ArrayList<>();
        for (Call call : calls) {
            if (call.member) {
                call.bucket.waitingCalls.remove(call);
                timers.cancel(call.stepTimer);
                waiting.add(call);
            }
        }
        topology.agents.values().forEach(router.agents()::makeUnroutable);
        topology.load(config);
        calls.forEach(this::rebind);
        waiting.sort(Comparator.<Call>comparingLong(call -> call.entryMs).thenComparingLong(call -> call.id));
        waiting.forEach(router::place);
        topology.agents.values().forEach(router.agents()::routeIfAvailable);
    }

    /** Points a live call at the reloaded queue and tier of the same ids. */
    private void rebind(Call call) {
        call.tier = topology.tiers.get(call.tier.id());
        if (call.queue == null) {
            return;
        }
        RoutedQueue queue = topology.queues.get(call.queue.id());
        call.queue = queue;
        call.levels = topology.levelsFor(queue, call.tier, call.extraSkills);
        call.stepsApplied = Math.min(call.stepsApplied, call.levels.length - 1);
        call.bucket = queue.bucketFor(call);
        if (call.state != CallState.CONNECTED) {
            queue.waitingCalls++;
        }
    }
}
