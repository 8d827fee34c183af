package org.acd.core.testing;

import java.nio.file.Path;
import net.openhft.chronicle.bytes.Bytes;
import net.openhft.chronicle.queue.ChronicleQueue;
import net.openhft.chronicle.queue.ExcerptTailer;
import net.openhft.chronicle.queue.RollCycles;
import net.openhft.chronicle.queue.TailerDirection;
import net.openhft.chronicle.wire.DocumentContext;

/**
 * Damages the last record of a journal queue the way a write fault does when the disk fills under
 * the mapped file: the record's header says complete, and its content from some point on reads as
 * zeros (the pages that were never backed).
 */
public final class TornRecords {

    private TornRecords() {
    }

    /**
     * Zeroes the last record of the queue in {@code queueDirectory} from {@code keptFraction} of its
     * content to its end; returns that record's index.
     */
    public static long tearLastRecord(Path queueDirectory, double keptFraction) {
        try (ChronicleQueue queue = ChronicleQueue.singleBuilder(queueDirectory).rollCycle(RollCycles.FAST_DAILY)
                .build()) {
            ExcerptTailer tailer = queue.createTailer().direction(TailerDirection.BACKWARD).toEnd();
            try (DocumentContext last = tailer.readingDocument()) {
                if (!last.isPresent()) {
                    throw new IllegalStateException("no record to tear in " + queueDirectory);
                }
                Bytes<?> bytes = last.wire().bytes();
                long start = bytes.readPosition();
                long end = bytes.readLimit();
                for (long position = start + (long) ((end - start) * keptFraction); position < end; position++) {
                    bytes.writeByte(position, (byte) 0);
                }
                return last.index();
            }
        }
    }
}
