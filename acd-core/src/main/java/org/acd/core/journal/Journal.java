package org.acd.core.journal;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import net.openhft.chronicle.bytes.SyncMode;
import net.openhft.chronicle.queue.ChronicleQueue;
import net.openhft.chronicle.queue.ExcerptAppender;
import net.openhft.chronicle.queue.ExcerptTailer;
import net.openhft.chronicle.queue.RollCycles;
import net.openhft.chronicle.wire.DocumentContext;
import org.acd.core.api.AcdEvents;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The journal directory: {@code events/}, every input event in arrival order, and
 * {@code outcomes/}, the engine's decisions and outcomes. Both are Chronicle Queues in the format
 * of typed method writers: events through Chronicle's generated writer of {@link AcdEvents},
 * outcomes through the {@link OutcomeEncoder}, one document per event. Each has one writing thread:
 * the journaling handler appends events, the engine thread appends outcomes.
 */
public final class Journal implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Journal.class);
    private static final String EVENTS = "events";
    private static final String OUTCOMES = "outcomes";
    /** Warned about already: a process opens one journal several times (writer, followers, reports), one warning does. */
    private static final Set<String> WARNED = ConcurrentHashMap.newKeySet();

    private final ChronicleQueue events;
    private final ChronicleQueue outcomes;
    private final JournalDurability durability;
    private final Path directory;

    /** Opens (creating owner-only where missing, see {@link JournalDirectory}) the journal in {@code directory}. */
    public Journal(Path directory, JournalDurability durability) {
        this.durability = durability;
        this.directory = directory;
        JournalDirectory.prepare(directory, List.of(EVENTS, OUTCOMES)).stream().filter(WARNED::add)
                .forEach(LOG::warn);
        this.events = open(directory.resolve(EVENTS), durability);
        this.outcomes = open(directory.resolve(OUTCOMES), durability);
    }

    private static ChronicleQueue open(Path path, JournalDurability durability) {
        return ChronicleQueue.singleBuilder(path)
                .rollCycle(RollCycles.FAST_DAILY)
                .syncMode(durability == JournalDurability.SYNC_EACH_BATCH ? SyncMode.SYNC : SyncMode.NONE)
                .build();
    }

    public Path directory() {
        return directory;
    }

    /** A writer of events; create it on the thread that appends. */
    public EventAppender eventAppender() {
        ExcerptAppender appender = singleWriterAppender(events);
        AcdEvents writer = events.methodWriterBuilder(AcdEvents.class).marshallableOutSupplier(() -> appender).build();
        return new EventAppender(appender, writer, durability);
    }

    /** A writer of outcomes; create it on the thread that appends. */
    public OutcomeAppender outcomeAppender() {
        return new OutcomeAppender(singleWriterAppender(outcomes));
    }

    /**
     * An appender for one writing thread, without Chronicle's per-call check that one thread uses
     * it: the runtime hands each appender to its one writing thread when the pipeline starts, and
     * the check cost a fifth of the engine thread's time in the throughput benchmark. The method
     * writers bind to it (the default one binds to a thread-local appender).
     */
    private static ExcerptAppender singleWriterAppender(ChronicleQueue queue) {
        ExcerptAppender appender = queue.createAppender();
        appender.singleThreadedCheckDisabled(true);
        return appender;
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
     * Appends outcomes, the outcomes of one event in one document: the writer writes into the
     * document opened by {@link #beginRecord}, and only then. One thread only.
     */
    public static final class OutcomeAppender implements OutcomeRecords {
        private final ExcerptAppender appender;
        private final OutcomeEncoder encoder = new OutcomeEncoder();
        private DocumentContext record;

        private OutcomeAppender(ExcerptAppender appender) {
            this.appender = appender;
        }

        @Override
        public JournaledOutcomes writer() {
            return encoder;
        }

        @Override
        public void beginRecord() {
            record = appender.writingDocument();
            encoder.writeInto(record.wire());
        }

        @Override
        public void endRecord() {
            DocumentContext written = record;
            if (written != null) {
                record = null;
                encoder.writeInto(null);
                written.close();
            }
        }

        @Override
        public void discardRecord() {
            DocumentContext cut = record;
            if (cut != null) {
                record = null;
                encoder.writeInto(null);
                cut.rollbackOnClose();
                cut.close();
            }
        }
    }
}
