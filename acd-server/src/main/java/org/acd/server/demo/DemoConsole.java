package org.acd.server.demo;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import net.openhft.chronicle.queue.ChronicleQueue;
import net.openhft.chronicle.queue.ExcerptTailer;
import net.openhft.chronicle.queue.RollCycles;
import org.acd.core.journal.IvrJournal;
import org.acd.core.journal.Journal;
import org.acd.core.journal.JournalDurability;
import org.acd.core.journal.SkippingReader;
import org.acd.core.view.EngineSnapshot;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the demo prints while it runs: each outcome as it reaches the outcomes journal, and each call
 * that leaves the IVR without queueing as it reaches the IVR journal (each read by a tailer of its
 * own, so the story told is the journals'), and once a second a status line from an
 * engine snapshot. All of it runs on the console thread, {@code acd-demo-console}, so lines never
 * interleave and the Chronicle tailer stays on the thread that made it. {@link #start} and
 * {@link #stop} are called by the thread that runs the demo.
 */
final class DemoConsole {

    private static final Logger LOG = LoggerFactory.getLogger(DemoConsole.class);
    private static final long FOLLOW_EVERY_MS = 100;
    private static final long STATUS_EVERY_MS = 1_000;
    private static final long SNAPSHOT_TIMEOUT_MS = 2_000;

    private final DemoThread thread = new DemoThread("acd-demo-console");
    private final Path journalDirectory;
    private final Supplier<CompletableFuture<EngineSnapshot>> snapshots;
    private final PrintWriter out;
    private Journal journal;
    private ChronicleQueue ivrJournal;
    private IvrNarrator ivrNarrator;
    private SkippingReader ivrOutcomes;
    private Future<?> opening;
    private OutcomeNarrator narrator;
    private SkippingReader outcomes;
    private long startMs;

    DemoConsole(Path journalDirectory, Supplier<CompletableFuture<EngineSnapshot>> snapshots, PrintWriter out) {
        this.journalDirectory = journalDirectory;
        this.snapshots = snapshots;
        this.out = out;
    }

    /**
     * Starts opening the console's reader of the outcomes journal: Chronicle generates and compiles
     * the reader's code, work better done while the rest starts. Nothing is told until
     * {@link #start}.
     */
    void open() {
        opening = thread.submit(() -> {
            journal = new Journal(journalDirectory, JournalDurability.PAGE_CACHE);
            narrator = new OutcomeNarrator(out);
            ExcerptTailer outcomeTailer = journal.outcomeTailer();
            outcomes = new SkippingReader("outcomes", outcomeTailer, outcomeTailer.methodReader(narrator));
            ivrJournal = ChronicleQueue.singleBuilder(journalDirectory.resolve(IvrJournal.DIRECTORY))
                    .rollCycle(RollCycles.FAST_DAILY).build(); // as IvrJournal writes it
            ivrNarrator = new IvrNarrator(out);
            ExcerptTailer ivrTailer = ivrJournal.createTailer();
            ivrOutcomes = new SkippingReader("IVR", ivrTailer, ivrTailer.methodReader(ivrNarrator));
            // The summary's reader is generated here too, so that reading it at the end takes a moment, not seconds.
            JournalSummary.readFrom(journalDirectory);
        });
    }

    /**
     * Waits until the reader is open, then tells the outcomes and, once a second, the status line
     * from now on, times counted from {@code startMs}.
     */
    void start(long startMs) {
        thread.await(opening);
        thread.execute(() -> {
            this.startMs = startMs;
            narrator.countFrom(startMs);
            ivrNarrator.countFrom(startMs);
        });
        thread.every(FOLLOW_EVERY_MS, this::follow);
        thread.every(STATUS_EVERY_MS, this::printStatus);
    }

    /**
     * Tells the outcomes not told yet (when started) and stops; call it once the engine has applied
     * its last event.
     */
    void stop() {
        thread.execute(() -> {
            if (outcomes != null && narrator.isCounting()) {
                follow();
            }
            if (journal != null) {
                journal.close();
            }
            if (ivrJournal != null) {
                ivrJournal.close();
            }
        });
        thread.stop();
    }

    private void follow() {
        outcomes.readAll();
        ivrOutcomes.readAll();
        out.flush();
    }

    private void printStatus() {
        try {
            EngineSnapshot snapshot = snapshots.get().get(SNAPSHOT_TIMEOUT_MS, TimeUnit.MILLISECONDS);
            follow();
            out.println(StatusLine.of(snapshot, startMs));
        } catch (ExecutionException | TimeoutException e) {
            LOG.warn("no engine snapshot for the status line", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
