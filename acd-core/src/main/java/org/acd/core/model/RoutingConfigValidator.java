package org.acd.core.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.acd.core.api.ExitAction;

/** Finds every problem of a routing configuration, each prefixed with where it is. */
final class RoutingConfigValidator {

    private final List<String> skillIds;
    private final Set<String> skills;
    private final List<TierConfig> tiers;
    private final List<QueueConfig> queues;
    private final List<AgentConfig> agents;
    private final Map<String, QueueConfig> queuesById = new HashMap<>();
    private final List<String> problems = new ArrayList<>();

    RoutingConfigValidator(List<String> skills, List<TierConfig> tiers, List<QueueConfig> queues,
                           List<AgentConfig> agents) {
        this.skillIds = skills;
        this.skills = new HashSet<>(skills);
        this.tiers = tiers;
        this.queues = queues;
        this.agents = agents;
    }

    List<String> problems() {
        checkUnique("skills", skillIds);
        checkUnique("tiers", tiers.stream().map(TierConfig::id).toList());
        checkUnique("queues", queues.stream().map(QueueConfig::id).toList());
        checkUnique("agents", agents.stream().map(AgentConfig::id).toList());
        queues.forEach(queue -> queuesById.putIfAbsent(queue.id(), queue));
        if (tiers.isEmpty()) {
            problems.add("tiers: at least one tier is needed (calls name their tier)");
        }
        tiers.forEach(this::checkTier);
        queues.forEach(this::checkQueue);
        agents.forEach(this::checkAgent);
        checkNoEntryMoveCycle();
        return problems;
    }

    private void checkUnique(String what, List<String> ids) {
        Set<String> seen = new HashSet<>();
        for (String id : ids) {
            if (id == null || id.isBlank()) {
                problems.add(what + ": an id is missing");
            } else if (!seen.add(id)) {
                problems.add(what + "[" + id + "]: defined twice");
            }
        }
    }

    private void checkTier(TierConfig tier) {
        String where = "tiers[" + tier.id() + "]";
        if (tier.maxWaitBehindOthersMs() < 0) {
            problems.add(where + ".maxWaitBehindOthers: must not be negative");
        }
        tier.requiredSkill().ifPresent(skill -> checkRequirement(where + ".requiredSkill", skill));
    }

    private void checkQueue(QueueConfig queue) {
        String where = "queues[" + queue.id() + "]";
        if (queue.skills().isEmpty()) {
            problems.add(where + ".skills: a queue needs at least one skill");
        }
        for (int i = 0; i < queue.skills().size(); i++) {
            checkRequirement(where + ".skills[" + i + "]", queue.skills().get(i));
        }
        if (queue.strategy() == null) {
            problems.add(where + ".strategy: missing");
        }
        if (queue.weight() < 0) {
            problems.add(where + ".weight: must not be negative");
        }
        if (!(queue.agingPointsPerSecond() >= 0) || Double.isInfinite(queue.agingPointsPerSecond())) {
            problems.add(where + ".agingPointsPerSecond: must be a finite number, 0 or more");
        }
        if (queue.maxWaiting() < 0) {
            problems.add(where + ".maxWaiting: must not be negative (0 is unlimited)");
        }
        if (queue.maxWaitMs() < 0) {
            problems.add(where + ".maxWait: must not be negative (0 is unlimited)");
        }
        if (queue.ringTimeoutMs() <= 0) {
            problems.add(where + ".ringTimeout: must be more than 0");
        }
        if (queue.wrapUpMs() < 0) {
            problems.add(where + ".wrapUp: must not be negative");
        }
        checkExit(where + ".onMaxWait", queue, queue.onMaxWait());
        checkExit(where + ".onFull", queue, queue.onFull());
        queue.whenNoAgents().ifPresent(exit -> checkExit(where + ".whenNoAgents", queue, exit));
        checkOverflowSteps(where, queue);
        checkCallback(where + ".callback", queue.callback());
        checkAnnounce(where + ".announce", queue.announce());
    }

    private void checkCallback(String where, CallbackPolicy callback) {
        if (callback == null) {
            problems.add(where + ": missing");
            return;
        }
        if (callback.retryIntervalMs() <= 0) {
            problems.add(where + ".retryInterval: must be more than 0");
        }
        if (callback.maxAttempts() < 1) {
            problems.add(where + ".maxAttempts: must be 1 or more");
        }
        if (callback.answerTimeoutMs() <= 0) {
            problems.add(where + ".answerTimeout: must be more than 0");
        }
    }

    private void checkAnnounce(String where, AnnouncePolicy announce) {
        if (announce == null) {
            problems.add(where + ": missing");
            return;
        }
        if (announce.everyMs() < 0) {
            problems.add(where + ".every: must not be negative (0 is never)");
        }
        if (announce.minChangeMs() < 0) {
            problems.add(where + ".minChange: must not be negative");
        }
        if (announce.everyMs() > 0 && !announce.position() && !announce.waitTime()) {
            problems.add(where + ": announces neither position nor wait; set one, or leave 'every' out");
        }
    }

    private void checkOverflowSteps(String where, QueueConfig queue) {
        long previousAfterMs = 0;
        for (int i = 0; i < queue.overflowSteps().size(); i++) {
            OverflowStep step = queue.overflowSteps().get(i);
            String stepWhere = where + ".overflow[" + i + "]";
            if (step.afterMs() <= 0 || step.afterMs() < previousAfterMs) {
                problems.add(stepWhere + ".after: must be more than 0 and not before the step above it");
            }
            previousAfterMs = step.afterMs();
            if (step instanceof OverflowStep.RelaxProficiency relax) {
                checkProficiency(stepWhere + ".minProficiency", relax.minProficiency());
            } else if (step instanceof OverflowStep.AddAlternativeSkill add) {
                checkRequirement(stepWhere + ".skill", add.alternative());
            } else if (step instanceof OverflowStep.RaisePriority raise && raise.points() <= 0) {
                problems.add(stepWhere + ".points: must be more than 0");
            } else if (step instanceof OverflowStep.MoveToQueue move) {
                checkQueueTarget(stepWhere + ".queue", queue, move.queueId());
            }
        }
    }

    private void checkExit(String where, QueueConfig queue, QueueExit exit) {
        if (exit == null || exit.action() == null) {
            problems.add(where + ": missing action");
            return;
        }
        if (exit.action() == ExitAction.QUEUE) {
            checkQueueTarget(where + ".target", queue, exit.target());
        } else if ((exit.action() == ExitAction.TRANSFER || exit.action() == ExitAction.VOICEMAIL)
                && (exit.target() == null || exit.target().isBlank())) {
            problems.add(where + ".target: " + exit.action().name().toLowerCase() + " needs a target");
        }
    }

    private void checkQueueTarget(String where, QueueConfig from, String targetId) {
        if (!queuesById.containsKey(targetId)) {
            problems.add(where + ": unknown queue '" + targetId + "'");
        } else if (from.id().equals(targetId)) {
            problems.add(where + ": a queue cannot overflow into itself");
        }
    }

    private void checkAgent(AgentConfig agent) {
        String where = "agents[" + agent.id() + "]";
        if (agent.endpoint() == null || agent.endpoint().isBlank()) {
            problems.add(where + ".endpoint: missing (the phone to ring, e.g. PJSIP/1001)");
        }
        agent.skills().forEach((skill, proficiency) -> {
            if (!skills.contains(skill)) {
                problems.add(where + ".skills." + skill + ": unknown skill '" + skill + "'");
            }
            checkProficiency(where + ".skills." + skill, proficiency);
        });
    }

    private void checkRequirement(String where, SkillRequirement requirement) {
        if (!skills.contains(requirement.skill())) {
            problems.add(where + ": unknown skill '" + requirement.skill() + "'");
        }
        checkProficiency(where + ".minProficiency", requirement.minProficiency());
    }

    private void checkProficiency(String where, int proficiency) {
        if (proficiency < SkillRequirement.MIN_PROFICIENCY || proficiency > SkillRequirement.MAX_PROFICIENCY) {
            problems.add(where + ": proficiency " + proficiency + " is outside 1 to 10");
        }
    }

    /** Moves taken on entry (queue full, no agents) happen within one event, so they must not loop. */
    private void checkNoEntryMoveCycle() {
        for (QueueConfig start : queues) {
            if (entryMovesLeadBackTo(start)) {
                problems.add("queues[" + start.id() + "]: onFull/whenNoAgents moves lead back to this queue");
            }
        }
    }

    private boolean entryMovesLeadBackTo(QueueConfig start) {
        Set<String> visited = new HashSet<>();
        List<String> frontier = new ArrayList<>(entryMoveTargets(start));
        while (!frontier.isEmpty()) {
            String next = frontier.remove(frontier.size() - 1);
            if (next.equals(start.id())) {
                return true;
            }
            QueueConfig queue = queuesById.get(next);
            if (queue != null && visited.add(next)) {
                frontier.addAll(entryMoveTargets(queue));
            }
        }
        return false;
    }

    private static List<String> entryMoveTargets(QueueConfig queue) {
        List<String> targets = new ArrayList<>();
        if (queue.onFull() != null && queue.onFull().movesWithinServer()) {
            targets.add(queue.onFull().target());
        }
        queue.whenNoAgents().filter(QueueExit::movesWithinServer).ifPresent(exit -> targets.add(exit.target()));
        return targets;
    }
}
