package org.acd.core.engine;

import java.util.List;
import org.acd.core.model.SkillRequirement;

/** Which buckets of a queue serve calls of one tier variant with one set of extra skills (in skill order). */
record ExtraSkillsKey(int variant, List<SkillRequirement> extraSkills) {
}
