package org.acd.core.model;

/**
 * One step of a queue's overflow plan, taken {@code afterMs} after the call entered the queue.
 * Steps are cumulative: a call that passed three steps has all three applied.
 */
public sealed interface OverflowStep {

    long afterMs();

    /** Lower the minimum proficiency of every skill the queue requires. */
    record RelaxProficiency(long afterMs, int minProficiency) implements OverflowStep {
    }

    /** Also accept agents who have this skill instead of the queue's own skills (a tier's skill still holds). */
    record AddAlternativeSkill(long afterMs, SkillRequirement alternative) implements OverflowStep {
    }

    /** Add points to the call's priority. */
    record RaisePriority(long afterMs, int points) implements OverflowStep {
    }

    /** Move the call to another queue, keeping its original entry time. */
    record MoveToQueue(long afterMs, String queueId) implements OverflowStep {
    }
}
