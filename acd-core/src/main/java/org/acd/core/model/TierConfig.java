package org.acd.core.model;

import java.util.Optional;

/**
 * A customer tier. {@code priority} is the base priority of its calls. {@code maxWaitBehindOthersMs}
 * bounds how long a call of this tier can be overtaken by calls that arrive after it (0: no bound);
 * the engine raises the queues' aging rate until every bound holds. {@code requiredSkill}, when
 * present, is demanded of agents on top of the queue's own skills.
 */
public record TierConfig(String id, int priority, long maxWaitBehindOthersMs, Optional<SkillRequirement> requiredSkill) {

    public static TierConfig of(String id, int priority) {
        return new TierConfig(id, priority, 0, Optional.empty());
    }
}
