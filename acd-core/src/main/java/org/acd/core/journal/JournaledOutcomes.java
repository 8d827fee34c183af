package org.acd.core.journal;

import org.acd.core.api.RoutingOutcomes;

/**
 * The record format of the outcomes journal: the engine's outcomes, each group preceded by the
 * journal index of the event that caused it. Recovery reads the last group to find which event's
 * outcomes were written, and how many of them.
 */
public interface JournaledOutcomes extends RoutingOutcomes {

    /** The outcomes that follow were caused by the event at {@code eventIndex} in the events journal. */
    void causedBy(long eventIndex);
}
