package org.acd.core.runtime;

import java.util.concurrent.atomic.AtomicLong;

/** What the pipeline has done, written by its threads and readable from any thread. */
public final class PipelineCounters {

    final AtomicLong journalFailures = new AtomicLong();
    final AtomicLong poisonEvents = new AtomicLong();
    final AtomicLong eventsApplied = new AtomicLong();
    final AtomicLong eventsReplayed = new AtomicLong();
    final AtomicLong commandFailures = new AtomicLong();

    /** Events the journal could not take; they were not applied. */
    public long journalFailures() {
        return journalFailures.get();
    }

    /** Events that made the engine throw; logged and skipped. */
    public long poisonEvents() {
        return poisonEvents.get();
    }

    /** Events applied by the engine since start, replay not included. */
    public long eventsApplied() {
        return eventsApplied.get();
    }

    /** Events replayed from the journal at start. */
    public long eventsReplayed() {
        return eventsReplayed.get();
    }

    /** Commands the executor threw on; the engine's decisions stood. */
    public long commandFailures() {
        return commandFailures.get();
    }
}
