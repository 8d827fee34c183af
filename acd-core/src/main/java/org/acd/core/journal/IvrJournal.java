package org.acd.core.journal;

import java.nio.file.Path;
import net.openhft.chronicle.queue.ChronicleQueue;
import net.openhft.chronicle.queue.ExcerptAppender;
import net.openhft.chronicle.queue.ExcerptTailer;
import net.openhft.chronicle.queue.RollCycles;

/**
 * The IVR journal: {@code ivr/} beside {@code events/} and {@code outcomes/} in the journal
 * directory, a Chronicle Queue of {@link IvrJournalEvents} records, one document each. The IVR's
 * outcomes are not routing events (the engine never replays them), so they have a queue of their
 * own. It has one appender, bound to no thread: {@link #writer()} serialises its callers, so the
 * flow engine's executor may have several threads. Any thread may {@link #replay} it while it is written.
 */
public final class IvrJournal implements AutoCloseable {

    /** The queue's directory inside a journal directory. */
    public static final String DIRECTORY = "ivr";

    private final ChronicleQueue queue;
    private final IvrJournalEvents writer;

    public IvrJournal(Path journalDirectory) {
        this.queue = ChronicleQueue.singleBuilder(journalDirectory.resolve(DIRECTORY))
                .rollCycle(RollCycles.FAST_DAILY)
                .build();
        ExcerptAppender appender = queue.createAppender();
        appender.singleThreadedCheckDisabled(true);
        IvrJournalEvents unsynchronised = queue.methodWriterBuilder(IvrJournalEvents.class)
                .marshallableOutSupplier(() -> appender).build();
        this.writer = new SerialisedIvrJournalEvents(unsynchronised);
    }

    /** Appends; safe from any thread. */
    public IvrJournalEvents writer() {
        return writer;
    }

    /**
     * Feeds every record of the IVR journal under {@code journalDirectory}, in order, to {@code reader}
     * and returns it; a directory without an IVR journal feeds nothing.
     */
    public static <T extends IvrJournalEvents> T replay(Path journalDirectory, T reader) {
        if (!journalDirectory.resolve(DIRECTORY).toFile().isDirectory()) {
            return reader;
        }
        try (ChronicleQueue queue = ChronicleQueue.singleBuilder(journalDirectory.resolve(DIRECTORY))
                .rollCycle(RollCycles.FAST_DAILY).readOnly(true).build()) {
            ExcerptTailer tailer = queue.createTailer();
            new SkippingReader("IVR", tailer, tailer.methodReader(reader)).readAll();
        }
        return reader;
    }

    @Override
    public void close() {
        queue.close();
    }
}
