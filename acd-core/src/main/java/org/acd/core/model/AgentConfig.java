package org.acd.core.model;

import java.util.Map;

/**
 * An agent: who, which phone rings ({@code endpoint}, e.g. {@code PJSIP/1001}), skills with
 * proficiency 1 to 10, and an optional wrap-up time that overrides the queues' (negative: use the
 * queue's).
 */
public record AgentConfig(String id, String name, String endpoint, Map<String, Integer> skills, long wrapUpMs) {

    public static final long QUEUE_WRAP_UP = -1;

    public AgentConfig {
        skills = Map.copyOf(skills);
    }

    public static AgentConfig of(String id, Map<String, Integer> skills) {
        return new AgentConfig(id, id, "PJSIP/" + id, skills, QUEUE_WRAP_UP);
    }
}
