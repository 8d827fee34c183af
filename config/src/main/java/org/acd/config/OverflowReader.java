package org.acd.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.acd.config.yaml.Fields;
import org.acd.config.yaml.YamlNode;
import org.acd.core.model.OverflowStep;
import org.acd.core.model.SkillRequirement;

/**
 * Reads a queue's {@code overflow} steps, each {@code after} a wait and with exactly one action:
 * {@code relax_proficiency: N}, {@code add_skill: {skill, min_proficiency}}, {@code raise_priority: N}
 * or {@code move_to: QUEUE}. Stateless.
 */
final class OverflowReader {

    private static final List<String> ACTIONS = List.of("relax_proficiency", "add_skill", "raise_priority", "move_to");
    private static final Set<String> KEYS = Set.of("after", "relax_proficiency", "add_skill", "raise_priority",
            "move_to");

    private OverflowReader() {
    }

    static List<OverflowStep> read(Fields queue, String queueId, KnownNames skills, KnownNames queues) {
        List<OverflowStep> steps = new ArrayList<>();
        List<YamlNode> items = queue.list("overflow", false);
        for (int i = 0; i < items.size(); i++) {
            Fields step = Fields.of(items.get(i), queue.path("overflow") + "[" + i + "]", queue.problems(), KEYS);
            if (step == null) {
                continue;
            }
            long afterMs = step.positiveDurationMs("after", true, 1);
            List<String> actions = ACTIONS.stream().filter(step::has).toList();
            if (actions.size() != 1) {
                queue.problems().add(step.path(), "give exactly one of " + String.join(", ", ACTIONS)
                        + (actions.isEmpty() ? "" : " (found " + String.join(", ", actions) + ")"), step.line());
                continue;
            }
            OverflowStep read = step(step, actions.get(0), afterMs, queueId, skills, queues);
            if (read != null) {
                steps.add(read);
            }
        }
        return steps;
    }

    private static OverflowStep step(Fields step, String action, long afterMs, String queueId, KnownNames skills,
                                     KnownNames queues) {
        switch (action) {
            case "relax_proficiency" -> {
                return new OverflowStep.RelaxProficiency(afterMs, step.wholeNumberIn(action, true,
                        SkillRequirement.MIN_PROFICIENCY, SkillRequirement.MIN_PROFICIENCY,
                        SkillRequirement.MAX_PROFICIENCY));
            }
            case "add_skill" -> {
                SkillRequirement skill = SkillRequirementReader.read(step.node(action), step.path(action), skills,
                        step.problems());
                return skill == null ? null : new OverflowStep.AddAlternativeSkill(afterMs, skill);
            }
            case "raise_priority" -> {
                int points = (int) step.wholeNumber(action, true, 1);
                if (points <= 0) {
                    step.problem(action, "must be more than 0");
                }
                return new OverflowStep.RaisePriority(afterMs, points);
            }
            default -> {
                String target = step.nonBlankText(action, true);
                if (!queues.check(step, action, target)) {
                    return null;
                }
                if (target.equals(queueId)) {
                    step.problem(action, "a queue cannot overflow into itself");
                    return null;
                }
                return new OverflowStep.MoveToQueue(afterMs, target);
            }
        }
    }
}
