package org.acd.core.reporting;

import java.util.List;

/**
 * How many answered and how many abandoned calls waited how long, in buckets of wait: the wait-time
 * distribution of a report. The first bucket holds waits from 0 up to its {@code upToMs}, each later
 * one waits over the previous bucket's bound up to its own; the last one is open ({@code upToMs} is
 * {@link Long#MAX_VALUE}). Immutable.
 */
public record WaitHistogram(List<Bucket> buckets) {

    public WaitHistogram {
        buckets = List.copyOf(buckets);
    }

    /**
     * One bucket of waits, {@code overMs} exclusive (except 0 in the first bucket) to {@code upToMs}
     * inclusive, so that a bound equal to the service-level threshold splits answered calls exactly as
     * the service level does.
     */
    public record Bucket(long overMs, long upToMs, long answered, long abandoned) {

        /** Whether this is the last bucket, which has no upper bound. */
        public boolean open() {
            return upToMs == Long.MAX_VALUE;
        }
    }

    public long answered() {
        return buckets.stream().mapToLong(Bucket::answered).sum();
    }

    public long abandoned() {
        return buckets.stream().mapToLong(Bucket::abandoned).sum();
    }
}
