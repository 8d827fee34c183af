package org.acd.simulator.whatif;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.acd.core.model.AgentConfig;
import org.acd.core.model.QueueConfig;
import org.acd.core.model.RoutingConfig;
import org.acd.core.model.SkillRequirement;

/**
 * The agents of a what-if: the routing configuration's agents, each logging in, out and taking
 * breaks as in the journal, changed per queue. One more agent in a queue is a copy of the agent able
 * to take its calls (by the queue's skills and minimum proficiencies) who was logged in longest, with
 * that agent's skills, wrap-up and whole day of presence; one fewer takes away the able agent logged
 * in longest. Agents of the configuration never seen in the journal never log in. Each change also
 * says what it did, for the report. Stateless; the caller's thread.
 */
public final class ReplayStaffing {

    private final RoutingConfig routing;
    private final List<PresenceChange> presence;
    private final List<String> notes;

    private ReplayStaffing(RoutingConfig routing, List<PresenceChange> presence, List<String> notes) {
        this.routing = routing;
        this.presence = presence;
        this.notes = notes;
    }

    public RoutingConfig routing() {
        return routing;
    }

    public List<PresenceChange> presence() {
        return presence;
    }

    /** What each change did, e.g. "+1 agent in orders: dana+1, a copy of dana". */
    public List<String> notes() {
        return notes;
    }

    /**
     * The agents of {@code routing} as in {@code day}, with {@code changes} applied in order.
     *
     * @throws IllegalArgumentException naming the queue, when a change names an unknown queue or asks
     *                                  for fewer agents than were there, or when no able agent was logged in to copy
     */
    public static ReplayStaffing of(ObservedDay day, RoutingConfig routing, List<AgentChange> changes) {
        Map<String, AgentConfig> agents = new LinkedHashMap<>();
        routing.agents().forEach(agent -> agents.put(agent.id(), agent));
        Map<String, Long> loggedInMs = new LinkedHashMap<>(day.loggedInMs());
        List<PresenceChange> presence = new ArrayList<>();
        for (PresenceChange change : day.presence()) {
            if (agents.containsKey(change.agentId())) {
                presence.add(change);
            }
        }
        Set<String> removed = new HashSet<>();
        List<String> notes = new ArrayList<>();
        for (AgentChange change : changes) {
            List<QueueConfig> queues = change.queueId().map(id -> List.of(queue(routing, id))).orElse(routing.queues());
            for (QueueConfig queue : queues) {
                List<AgentConfig> able = agents.values().stream()
                        .filter(agent -> !removed.contains(agent.id()) && canTake(agent, queue))
                        .filter(agent -> loggedInMs.getOrDefault(agent.id(), 0L) > 0)
                        .sorted(Comparator.comparingLong((AgentConfig agent) -> -loggedInMs.get(agent.id()))
                                .thenComparing(AgentConfig::id))
                        .toList();
                List<String> names = new ArrayList<>();
                if (change.delta() > 0) {
                    if (able.isEmpty()) {
                        throw new IllegalArgumentException("queue " + queue.id() + ": no agent able to take its calls "
                                + "was logged in, so there is nobody to copy");
                    }
                    AgentConfig model = able.get(0);
                    for (int n = 1; n <= change.delta(); n++) {
                        AgentConfig copy = copy(model, agents);
                        agents.put(copy.id(), copy);
                        loggedInMs.put(copy.id(), loggedInMs.get(model.id()));
                        day.presence().stream().filter(p -> p.agentId().equals(model.id()))
                                .forEach(p -> presence.add(p.by(copy.id())));
                        names.add(copy.id());
                    }
                    notes.add("+" + change.delta() + " in " + queue.id() + ": " + String.join(", ", names)
                            + " (copies of " + model.id() + ")");
                } else {
                    int fewer = -change.delta();
                    if (able.size() < fewer) {
                        throw new IllegalArgumentException("queue " + queue.id() + ": " + fewer + " fewer agents asked, "
                                + "but only " + able.size() + " able to take its calls were logged in");
                    }
                    able.subList(0, fewer).forEach(agent -> {
                        removed.add(agent.id());
                        names.add(agent.id());
                    });
                    notes.add(change.delta() + " in " + queue.id() + ": without " + String.join(", ", names));
                }
            }
        }
        presence.removeIf(change -> removed.contains(change.agentId()));
        presence.sort(Comparator.comparingLong(PresenceChange::timeMs));
        RoutingConfig changed = new RoutingConfig(routing.skills(), routing.tiers(), routing.queues(),
                List.copyOf(agents.values()));
        return new ReplayStaffing(changed, List.copyOf(presence), List.copyOf(notes));
    }

    private static QueueConfig queue(RoutingConfig routing, String id) {
        return routing.queues().stream().filter(queue -> queue.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no queue '" + id + "' in the routing; its queues are "
                        + routing.queues().stream().map(QueueConfig::id).toList()));
    }

    private static boolean canTake(AgentConfig agent, QueueConfig queue) {
        for (SkillRequirement requirement : queue.skills()) {
            if (agent.skills().getOrDefault(requirement.skill(), 0) < requirement.minProficiency()) {
                return false;
            }
        }
        return true;
    }

    private static AgentConfig copy(AgentConfig model, Map<String, AgentConfig> agents) {
        int n = 1;
        while (agents.containsKey(model.id() + "+" + n)) {
            n++;
        }
        String id = model.id() + "+" + n;
        return new AgentConfig(id, model.name() + " (what-if)", model.endpoint() + "+" + n, model.skills(),
                model.wrapUpMs());
    }
}
