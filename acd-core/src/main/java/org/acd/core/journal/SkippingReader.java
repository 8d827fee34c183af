package org.acd.core.journal;

import net.openhft.chronicle.bytes.MethodReader;
import net.openhft.chronicle.queue.ExcerptTailer;
import net.openhft.chronicle.wire.DocumentContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a journal one record at a time through a Chronicle {@link MethodReader}, and skips a record
 * that cannot be decoded instead of stopping there. A write fault can leave a torn record behind:
 * when the disk fills under a mapped journal file, the JVM reports the fault only after the record
 * was closed ({@link JournalFault}), so its header says complete while its content was never
 * written. Every reader of the journals (replay, recovery point, reports, followers) goes through
 * here, so such a record costs itself only: it is logged with its journal and index and counted,
 * and everything before and after it is read. Should the tailer be unable to step past it, reading
 * ends there, and the log says so.
 */
public final class SkippingReader {

    private static final Logger LOG = LoggerFactory.getLogger(SkippingReader.class);

    private final String journal;
    private final ExcerptTailer tailer;
    private final MethodReader reader;
    private long skipped;

    /**
     * @param journal what the log calls the journal read ("events", "outcomes", "IVR")
     * @param tailer  the tailer {@code reader} reads from
     */
    public SkippingReader(String journal, ExcerptTailer tailer, MethodReader reader) {
        this.journal = journal;
        this.tailer = tailer;
        this.reader = reader;
    }

    /** Reads the next record: false at the end of the journal (for now, if it is still written). */
    public boolean readOne() {
        long index = tailer.index();
        try {
            return reader.readOne();
        } catch (RuntimeException damaged) {
            skipped++;
            LOG.warn("{} journal: the record at index {} cannot be read ({}); skipped. A write fault, such as"
                    + " the disk filling up, leaves such a record behind", journal, index, damaged.toString());
            return stepPast(index);
        }
    }

    /** Reads every record there is now. */
    public void readAll() {
        boolean more = true;
        while (more) {
            more = readOne();
        }
    }

    /** Records skipped because they could not be decoded. */
    public long skipped() {
        return skipped;
    }

    private boolean stepPast(long damagedIndex) {
        if (tailer.index() != damagedIndex) {
            return true;
        }
        try (DocumentContext record = tailer.readingDocument()) {
            if (!record.isPresent()) {
                return false;
            }
        } catch (RuntimeException unreadable) {
            LOG.warn("{} journal: cannot step past the record at index {} ({})", journal, damagedIndex,
                    unreadable.toString());
        }
        if (tailer.index() != damagedIndex) {
            return true;
        }
        LOG.error("{} journal: reading stops at the damaged record at index {}; records after it, if any, are"
                + " not read", journal, damagedIndex);
        return false;
    }
}
