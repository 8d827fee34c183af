package org.acd.core.reporting;

import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import org.acd.core.api.AgentState;
import org.acd.core.api.CallbackFailure;
import org.acd.core.api.CallState;
import org.acd.core.api.ExitAction;
import org.acd.core.api.ExitReason;
import org.acd.core.api.Party;
import org.acd.core.journal.JournaledOutcomes;

/**
 * Counts the waits of answered calls (queue entry to answer, ring time included, as ASA counts them)
 * and of abandoned calls (queue entry to hang-up, short abandons included) into buckets, for the
 * report's wait-time distribution: fed by a Chronicle {@code methodReader} over the outcomes journal,
 * beside a {@link KpiCalculator}, so that its totals are the report's answered and abandoned counts.
 * Not thread-safe: one thread feeds it and reads {@link #histogram()} afterwards.
 */
public final class WaitDistribution implements JournaledOutcomes {

    /** The bucket bounds a contact center reads waits in: fine below a minute, coarse above. */
    public static final List<Long> DEFAULT_BOUNDS_MS = List.of(5_000L, 10_000L, 15_000L, 20_000L, 30_000L, 45_000L,
            60_000L, 90_000L, 120_000L, 180_000L, 300_000L);

    private final long[] boundsMs;
    private final long[] answered;
    private final long[] abandoned;

    /**
     * Buckets up to each of {@code boundsMs} (positive, in any order, repeats ignored), and one open
     * bucket above the largest.
     */
    public WaitDistribution(List<Long> boundsMs) {
        TreeSet<Long> sorted = new TreeSet<>(boundsMs);
        if (sorted.isEmpty() || sorted.first() <= 0) {
            throw new IllegalArgumentException("wait bucket bounds must be positive, and at least one: " + boundsMs);
        }
        this.boundsMs = sorted.stream().mapToLong(Long::longValue).toArray();
        this.answered = new long[this.boundsMs.length + 1];
        this.abandoned = new long[this.boundsMs.length + 1];
    }

    /** The default buckets with a bound at the service-level threshold too, so the SL splits no bucket. */
    public static WaitDistribution withBoundAt(long serviceLevelMs) {
        TreeSet<Long> bounds = new TreeSet<>(DEFAULT_BOUNDS_MS);
        if (serviceLevelMs > 0) {
            bounds.add(serviceLevelMs);
        }
        return new WaitDistribution(List.copyOf(bounds));
    }

    public WaitHistogram histogram() {
        WaitHistogram.Bucket[] buckets = new WaitHistogram.Bucket[answered.length];
        for (int i = 0; i < buckets.length; i++) {
            long overMs = i == 0 ? 0 : boundsMs[i - 1];
            long upToMs = i < boundsMs.length ? boundsMs[i] : Long.MAX_VALUE;
            buckets[i] = new WaitHistogram.Bucket(overMs, upToMs, answered[i], abandoned[i]);
        }
        return new WaitHistogram(List.of(buckets));
    }

    /** The index of the bucket of {@code waitMs}: the first whose bound is at least the wait. */
    private int bucketOf(long waitMs) {
        int found = Arrays.binarySearch(boundsMs, waitMs);
        return found >= 0 ? found : -found - 1;
    }

    @Override
    public void callAnswered(long nowMs, long callId, String queueId, String agentId, long waitMs) {
        answered[bucketOf(waitMs)]++;
    }

    @Override
    public void callAbandoned(long nowMs, long callId, String queueId, long waitMs, int position,
                              boolean whileRinging) {
        abandoned[bucketOf(waitMs)]++;
    }

    @Override
    public void causedBy(long eventIndex) {
        // Waits do not depend on which event caused them.
    }

    @Override
    public void callEnteredQueue(long nowMs, long callId, String queueId, String tierId, int position) {
        // The wait is carried by the answer or the abandon.
    }

    @Override
    public void callOffered(long nowMs, long callId, String queueId, String agentId) {
        // Ringing is part of the wait that the answer or the abandon carries.
    }

    @Override
    public void callCompleted(long nowMs, long callId, String queueId, String agentId, long talkMs, Party endedBy) {
        // Talk time is not a wait.
    }

    @Override
    public void callExited(long nowMs, long callId, String queueId, long waitMs, CallState finalState,
                           ExitReason reason, ExitAction action, String target) {
        // Timeouts and overflows are counted apart in the KPIs, not in the waits of answered and abandoned calls.
    }

    @Override
    public void callOverflowed(long nowMs, long callId, String fromQueueId, String toQueueId, ExitReason reason) {
        // A move keeps the call waiting.
    }

    @Override
    public void ringNoAnswer(long nowMs, long callId, String queueId, String agentId, long ringMs) {
        // The call keeps waiting.
    }

    @Override
    public void callbackRequested(long nowMs, long callId, String queueId, long waitMs, int position) {
    }

    @Override
    public void callbackAttempted(long nowMs, long callId, String queueId, String agentId, int attempt) {
    }

    @Override
    public void callbackAnswered(long nowMs, long callId, String queueId, String agentId, int attempt) {
    }

    @Override
    public void callbackAttemptFailed(long nowMs, long callId, String queueId, String agentId, int attempt,
                                      CallbackFailure reason, long retryAtMs) {
    }

    @Override
    public void callbackFailed(long nowMs, long callId, String queueId, long waitMs, int attempts) {
    }

    @Override
    public void agentStateChanged(long nowMs, String agentId, AgentState state, String reason) {
        // Agents have no wait.
    }

    @Override
    public void eventRejected(long nowMs, String reason) {
        // A rejected event changed nothing.
    }
}
