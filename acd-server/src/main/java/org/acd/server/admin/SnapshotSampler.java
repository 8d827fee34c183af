package org.acd.server.admin;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.concurrent.CompletableFuture;
import org.acd.core.view.EngineSnapshot;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Takes one engine snapshot a second, however many clients watch, and hands it to its subscribers:
 * the metrics' gauges and each open live stream. Runs on its own daemon thread, {@code acd-admin-sampler};
 * subscribers are called there and must hand off quickly. A sample the engine does not answer within
 * {@link AdminApi#SNAPSHOT_TIMEOUT_MS} is skipped.
 */
final class SnapshotSampler implements AutoCloseable {

    static final long EVERY_MS = 1_000;
    private static final Logger LOG = LoggerFactory.getLogger(SnapshotSampler.class);

    private final Supplier<CompletableFuture<EngineSnapshot>> snapshots;
    private final List<Consumer<EngineSnapshot>> subscribers = new CopyOnWriteArrayList<>();
    private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread sampler = new Thread(task, "acd-admin-sampler");
        sampler.setDaemon(true);
        return sampler;
    });
    private volatile EngineSnapshot latest;

    SnapshotSampler(Supplier<CompletableFuture<EngineSnapshot>> snapshots) {
        this.snapshots = snapshots;
    }

    void start() {
        thread.scheduleWithFixedDelay(this::sample, 0, EVERY_MS, TimeUnit.MILLISECONDS);
    }

    /** The last sample, empty before the first; any thread. */
    Optional<EngineSnapshot> latest() {
        return Optional.ofNullable(latest);
    }

    /** Calls {@code subscriber} with every sample from now on, until the returned handle runs; any thread. */
    Runnable subscribe(Consumer<EngineSnapshot> subscriber) {
        subscribers.add(subscriber);
        return () -> subscribers.remove(subscriber);
    }

    int subscriberCount() {
        return subscribers.size();
    }

    private void sample() {
        try {
            EngineSnapshot snapshot = snapshots.get().get(AdminApi.SNAPSHOT_TIMEOUT_MS, TimeUnit.MILLISECONDS);
            latest = snapshot;
            for (Consumer<EngineSnapshot> subscriber : subscribers) {
                subscriber.accept(snapshot);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            LOG.warn("no engine snapshot for the admin API this second: {}", e.toString());
        }
    }

    @Override
    public void close() {
        thread.shutdownNow();
    }
}
