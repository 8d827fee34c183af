package org.acd.config;

import java.util.Set;
import org.acd.config.yaml.Fields;
import org.acd.config.yaml.Problems;
import org.acd.config.yaml.YamlNode;
import org.acd.core.model.SkillRequirement;

/**
 * Reads {@code {skill: billing, min_proficiency: 2}} (the minimum defaults to 1); an unknown skill is
 * reported at the requirement's own path. Stateless.
 */
final class SkillRequirementReader {

    private static final Set<String> KEYS = Set.of("skill", "min_proficiency");

    private SkillRequirementReader() {
    }

    /** The requirement, or null (with a problem) when it cannot be read or names an unknown skill. */
    static SkillRequirement read(YamlNode node, String path, KnownNames skills, Problems problems) {
        Fields fields = Fields.of(node, path, problems, KEYS);
        if (fields == null) {
            return null;
        }
        String skill = fields.nonBlankText("skill", true);
        int min = fields.wholeNumberIn("min_proficiency", false, SkillRequirement.MIN_PROFICIENCY,
                SkillRequirement.MIN_PROFICIENCY, SkillRequirement.MAX_PROFICIENCY);
        boolean known = skills.check(skill, path, fields.line("skill"), problems);
        return known ? new SkillRequirement(skill, min) : null;
    }
}
