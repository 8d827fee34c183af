package org.acd.simulator.load;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * Samples how many calls are live (placed, not ended) and how many FastAGI sessions are open, every
 * {@code periodMs} on its own daemon thread, keeping the maximum and the mean of each. Little's law
 * (live calls = arrival rate x time in the system) is how a run is sized; this is how it is checked.
 */
final class ConcurrencySampler implements AutoCloseable {

    private final LongSupplier liveCalls;
    private final LongSupplier openSessions;
    private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread sampler = new Thread(runnable, "acd-load-sampler");
        sampler.setDaemon(true);
        return sampler;
    });
    private long samples;
    private long callsMax;
    private long callsSum;
    private long sessionsMax;
    private long sessionsSum;

    ConcurrencySampler(LongSupplier liveCalls, LongSupplier openSessions, long periodMs) {
        this.liveCalls = liveCalls;
        this.openSessions = openSessions;
        thread.scheduleAtFixedRate(this::sample, periodMs, periodMs, TimeUnit.MILLISECONDS);
    }

    private synchronized void sample() {
        long calls = liveCalls.getAsLong();
        long sessions = openSessions.getAsLong();
        samples++;
        callsMax = Math.max(callsMax, calls);
        callsSum += calls;
        sessionsMax = Math.max(sessionsMax, sessions);
        sessionsSum += sessions;
    }

    synchronized Concurrency liveCalls() {
        return new Concurrency(callsMax, samples == 0 ? 0 : (double) callsSum / samples);
    }

    synchronized Concurrency openSessions() {
        return new Concurrency(sessionsMax, samples == 0 ? 0 : (double) sessionsSum / samples);
    }

    @Override
    public void close() {
        thread.shutdownNow();
    }
}
