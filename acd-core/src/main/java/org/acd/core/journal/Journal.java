package org.acd.core.journal;

import java.nio.file.Path;
import net.openhft.chronicle.bytes.SyncMode;
import net.openhft.chronicle.queue.ChronicleQueue;
import net.openhft.chronicle.queue.ExcerptAppender;
import net.openhft.chronicle.queue.ExcerptTailer;
import net.openhft.chronicle.queue.RollCycles;
import net.openhft.chronicle.wire.DocumentContext;
import org.acd.core.api.AcdEvents;

/**
 * The journal directory: {@code events/}, every input event in arrival order, and
 * {@code outcomes/}, the engine's decisions and outcomes. Both are Chronicle Queues written with
 * typed method writers. Each has one writing thread: the journaling handler appends events, the
 * engine thread appends outcomes.
 */
public final class Journal implements AutoCloseable {

    private final ChronicleQueue events;
    private final ChronicleQueue outcomes;
    private final JournalDurability durability;

    public Journal(Path directory, JournalDurability durability) {
        this.durability = durability;
        this.events = open(directory.resolve("events"), durability);
        this.outcomes = open(directory.resolve("outcomes"), durability);
    }

    private static ChronicleQueue open(Path path, JournalDurability durability) {
        return ChronicleQueue.singleBuilder(path)
                .rollCycle(RollCycles.FAST_DAILY)
                .syncMode(durability == JournalDurability.SYNC_EACH_BATCH ? SyncMode.SYNC : SyncMode.NONE)
                .build();
    }

    /** A writer of events; create it on the thread that appends. */
    public EventAppender eventAppender() {
        ExcerptAppender appender = events.createAppender();
        return new EventAppender(appender, writerOn(events, appender, AcdEvents.class), durability);
    }

    /** A writer of outcomes; create it on the thread that appends. */
    public OutcomeAppender outcomeAppender() {
        ExcerptAppender appender = outcomes.createAppender();
        return new OutcomeAppender(appender, writerOn(outcomes, appender, JournaledOutcomes.class));
    }

    /**
     * A method writer bound to this appender (the default one binds to a thread-local appender).
     * Chronicle's per-call check that one thread uses the appender is turned off: the runtime hands
     * each appender to its one writing thread when the pipeline starts, and the check cost a fifth
     * of the engine thread's time in the throughput benchmark.
     */
    private static <T> T writerOn(ChronicleQueue queue, ExcerptAppender appender, Class<T> type) {
        appender.singleThreadedCheckDisabled(true);
        return queue.methodWriterBuilder(type).marshallableOutSupplier(() -> appender).build();
    }

    public ExcerptTailer eventTailer() {
        return events.createTailer();
    }

    public ExcerptTailer outcomeTailer() {
        return outcomes.createTailer();
    }

    @Override
    public void close() {
        events.close();
        outcomes.close();
    }

    /** Appends events and tells the index of the last one; one thread only. */
    public static final class EventAppender {
        private final ExcerptAppender appender;
        private final AcdEvents writer;
        private final JournalDurability durability;

        private EventAppender(ExcerptAppender appender, AcdEvents writer, JournalDurability durability) {
            this.appender = appender;
            this.writer = writer;
            this.durability = durability;
        }

        public AcdEvents writer() {
            return writer;
        }

        public long lastIndexAppended() {
            return appender.lastIndexAppended();
        }

        /** Ends a batch: with {@link JournalDurability#SYNC_EACH_BATCH}, flushes it to disk. */
        public void endBatch() {
            if (durability == JournalDurability.SYNC_EACH_BATCH) {
                appender.sync();
            }
        }
    }

    /**
     * Appends outcomes, the outcomes of one event in one document: the writer's calls between
     * {@link #beginRecord} and {@link #endRecord} are nested in that document. One thread only.
     */
    public static final class OutcomeAppender implements OutcomeRecords {
        private final ExcerptAppender appender;
        private final JournaledOutcomes writer;
        private DocumentContext record;

        private OutcomeAppender(ExcerptAppender appender, JournaledOutcomes writer) {
            this.appender = appender;
            this.writer = writer;
        }

        @Override
        public JournaledOutcomes writer() {
            return writer;
        }

        @Override
        public void beginRecord() {
            record = appender.writingDocument();
        }

        @Override
        public void endRecord() {
            DocumentContext written = record;
            if (written != null) {
                record = null;
                written.close();
            }
        }
    }
}
