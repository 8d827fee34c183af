package org.acd.simulator.staffing;

import java.util.Optional;

/**
 * A staffing checked by simulation: what the recommended agents achieved and, when that missed the
 * target, what one more agent achieved on the same random draws. Immutable.
 *
 * @param staffed the recommended agents
 * @param oneMore present only when {@code staffed} missed the target
 */
public record Verification(SimulatedFigures staffed, Optional<SimulatedFigures> oneMore) {
}
