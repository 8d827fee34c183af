package org.acd.config.ivr;

import java.util.Optional;

/**
 * What a branch node looks at: the caller's tier, language or segment (from the directory), whether
 * the contact center is open, whether a queue has agents available, a queue's wait estimate, or a
 * flow variable.
 *
 * @param kind     which of these
 * @param queue    the queue, for agents available and wait estimate
 * @param variable the variable's name, for kind VARIABLE
 */
public record BranchSubject(Kind kind, Optional<String> queue, Optional<String> variable) {

    public enum Kind {
        TIER, LANGUAGE, SEGMENT, BUSINESS_HOURS, AGENTS_AVAILABLE, WAIT_ESTIMATE, VARIABLE
    }
}
