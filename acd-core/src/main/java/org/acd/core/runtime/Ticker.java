package org.acd.core.runtime;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.acd.core.api.AcdEvents;

/**
 * Publishes {@code timeAdvanced(wall clock)} at a fixed interval, so that the engine's timers (ring
 * timeout, wrap-up end, overflow steps, max wait) fire in real time when no other event arrives.
 * The interval bounds how late a timer can fire. Runs on its own daemon thread.
 */
final class Ticker implements AutoCloseable {

    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "acd-ticker");
        thread.setDaemon(true);
        return thread;
    });

    Ticker(AcdEvents events, long intervalMs) {
        scheduler.scheduleAtFixedRate(() -> events.timeAdvanced(System.currentTimeMillis()), intervalMs, intervalMs,
                TimeUnit.MILLISECONDS);
    }

    /** Stops the ticks and waits for a tick being published to finish. */
    @Override
    public void close() {
        scheduler.shutdownNow();
        try {
            scheduler.awaitTermination(1, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
