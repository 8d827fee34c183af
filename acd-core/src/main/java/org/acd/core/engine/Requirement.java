package org.acd.core.engine;

import java.util.List;
import java.util.stream.Collectors;
import org.acd.core.model.AgentConfig;
import org.acd.core.model.SkillRequirement;

/**
 * Which agents may take a call: any one of the alternatives, each a set of skills all required.
 * Queues start with one alternative; overflow steps relax it or add more.
 */
record Requirement(List<List<SkillRequirement>> alternatives) {

    Requirement {
        alternatives = alternatives.stream().map(List::copyOf).toList();
    }

    boolean isMetBy(AgentConfig agent) {
        return proficiencyScore(agent) > 0;
    }

    /**
     * The sum of the agent's proficiencies in the best alternative it meets, 0 when it meets none;
     * the most-skilled strategy orders agents by it.
     */
    int proficiencyScore(AgentConfig agent) {
        int best = 0;
        for (List<SkillRequirement> alternative : alternatives) {
            int score = 0;
            for (SkillRequirement needed : alternative) {
                int has = agent.skills().getOrDefault(needed.skill(), 0);
                if (has < needed.minProficiency()) {
                    score = 0;
                    break;
                }
                score += has;
            }
            best = Math.max(best, score);
        }
        return best;
    }

    /** Readable for views and logs: {@code billing>=8 & vip>=5 | general>=5}. */
    @Override
    public String toString() {
        return alternatives.stream()
                .map(alternative -> alternative.stream()
                        .map(skill -> skill.skill() + ">=" + skill.minProficiency())
                        .collect(Collectors.joining(" & ")))
                .collect(Collectors.joining(" | "));
    }
}
