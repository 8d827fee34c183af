package org.acd.server.admin;

import java.nio.file.Path;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import net.openhft.chronicle.queue.ExcerptTailer;
import org.acd.core.journal.Journal;
import org.acd.core.journal.JournalDurability;
import org.acd.core.journal.JournaledOutcomes;
import org.acd.core.journal.SkippingReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the outcomes journal from its beginning and keeps following it, handing each outcome to a
 * listener: how the admin API observes the engine's outcomes without a hook on the engine thread,
 * and why its counts cover the whole journal, restarts included. Its own daemon thread,
 * {@code acd-admin-outcomes}, makes the Chronicle tailer and is the only one to use it.
 */
final class OutcomeFollower implements AutoCloseable {

    static final long FOLLOW_EVERY_MS = 250;
    private static final long STOP_TIMEOUT_MS = 5_000;
    private static final Logger LOG = LoggerFactory.getLogger(OutcomeFollower.class);

    private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread follower = new Thread(task, "acd-admin-outcomes");
        follower.setDaemon(true);
        return follower;
    });
    private Journal journal;
    private SkippingReader reader;

    /** Opens the journal in {@code journalDirectory} for reading and starts following it; returns once open. */
    void start(Path journalDirectory, JournaledOutcomes listener) {
        try {
            thread.submit(() -> {
                journal = new Journal(journalDirectory, JournalDurability.PAGE_CACHE);
                ExcerptTailer tailer = journal.outcomeTailer();
                reader = new SkippingReader("outcomes", tailer, tailer.methodReader(listener));
            }).get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot read the outcomes journal in " + journalDirectory, e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while opening the outcomes journal", e);
        }
        thread.scheduleWithFixedDelay(this::follow, 0, FOLLOW_EVERY_MS, TimeUnit.MILLISECONDS);
    }

    private void follow() {
        try {
            reader.readAll();
        } catch (RuntimeException e) {
            LOG.warn("reading the outcomes journal for the metrics failed; trying again", e);
        }
    }

    @Override
    public void close() {
        thread.execute(() -> {
            if (journal != null) {
                journal.close();
            }
        });
        thread.shutdown();
        try {
            if (!thread.awaitTermination(STOP_TIMEOUT_MS, TimeUnit.MILLISECONDS)) {
                LOG.warn("the outcome follower did not stop within {} ms", STOP_TIMEOUT_MS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
