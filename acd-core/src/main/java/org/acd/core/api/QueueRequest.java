package org.acd.core.api;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a hand-off to a queue asks of the engine beyond the queue and the tier: skills the agent
 * needs on top of the queue's (skill to minimum proficiency, from an IVR flow's {@code set} node),
 * priority points on top of the tier's (the flow's {@code queue} and {@code set} nodes), and the
 * estimated wait above which the caller is offered a callback (the queue node's callback offer).
 *
 * <p>Immutable. It travels inside {@link AcdEvents#callQueued} and so is part of the events
 * journal's format: Chronicle writes its fields by name under this class's name, so neither may be
 * renamed without a journal migration.
 */
public final class QueueRequest {

    /** No extra skills, no extra points, no callback offer: a call as the queue and tier define it. */
    public static final QueueRequest NONE = new QueueRequest(Map.of(), 0, 0);

    private final Map<String, Integer> extraSkills;
    private final int extraPriority;
    private final long callbackOfferAfterWaitMs;

    /**
     * @param extraSkills              skill to minimum proficiency (1 to 10), demanded on top of the queue's
     * @param extraPriority            points added to the tier's priority
     * @param callbackOfferAfterWaitMs offer a callback once the estimated wait exceeds this; 0: never
     */
    public QueueRequest(Map<String, Integer> extraSkills, int extraPriority, long callbackOfferAfterWaitMs) {
        this.extraSkills = new TreeMap<>(extraSkills);
        this.extraPriority = extraPriority;
        this.callbackOfferAfterWaitMs = callbackOfferAfterWaitMs;
    }

    /** In skill order: kept sorted here, and the journal reads a map back in the order it was written. */
    public Map<String, Integer> extraSkills() {
        return Collections.unmodifiableMap(extraSkills);
    }

    public int extraPriority() {
        return extraPriority;
    }

    public long callbackOfferAfterWaitMs() {
        return callbackOfferAfterWaitMs;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof QueueRequest that && extraSkills.equals(that.extraSkills)
                && extraPriority == that.extraPriority && callbackOfferAfterWaitMs == that.callbackOfferAfterWaitMs;
    }

    @Override
    public int hashCode() {
        return extraSkills.hashCode() * 31 * 31 + extraPriority * 31 + Long.hashCode(callbackOfferAfterWaitMs);
    }

    @Override
    public String toString() {
        return "QueueRequest{extraSkills=" + extraSkills + ", extraPriority=" + extraPriority
                + ", callbackOfferAfterWaitMs=" + callbackOfferAfterWaitMs + "}";
    }
}
