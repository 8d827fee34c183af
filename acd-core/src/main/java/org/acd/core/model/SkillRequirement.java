package org.acd.core.model;

/** An agent qualifies when it has {@code skill} at {@code minProficiency} or better (1 to 10). */
public record SkillRequirement(String skill, int minProficiency) {

    public static final int MIN_PROFICIENCY = 1;
    public static final int MAX_PROFICIENCY = 10;

    public SkillRequirement withMinProficiency(int proficiency) {
        return new SkillRequirement(skill, proficiency);
    }
}
