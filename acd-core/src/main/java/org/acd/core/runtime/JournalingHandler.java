package org.acd.core.runtime;

import com.lmax.disruptor.EventHandler;
import com.lmax.disruptor.Sequence;
import org.acd.core.journal.Journal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * First consumer of the ring: appends every event to the events journal before the engine sees
 * it, and stamps the slot with the event's journal index. An event that cannot be journaled is
 * marked so that the engine does not apply it: state never runs ahead of the journal.
 *
 * <p>A write into a page of the memory-mapped journal that its file system cannot back (the disk
 * full, a tmpfs at its size) raises SIGBUS, which the JVM turns into an {@link InternalError} here.
 * The appender is then in an unknown state, and going on would either route calls that are not
 * journaled or stall the pipeline with callers on hold forever (what happened before this was
 * handled: the journaling thread died, the process lived on and routed nothing). So the process
 * stops at once, with {@link #JOURNAL_FAULT_EXIT_STATUS} and an error naming the directory: its
 * service manager restarts it once space is back, and replay recovers everything journaled
 * before the fault. Halted, not exited: shutdown hooks would touch the faulting mapping again.
 * Runs on the journaling thread.
 */
final class JournalingHandler implements EventHandler<EventSlot> {

    private static final Logger LOG = LoggerFactory.getLogger(JournalingHandler.class);
    /** sysexits.h's EX_IOERR: the journal could not be written. */
    static final int JOURNAL_FAULT_EXIT_STATUS = 74;

    private final Journal journal;
    private final PipelineCounters counters;
    private final StageHandoff handoff;
    private Journal.EventAppender appender;

    JournalingHandler(Journal journal, PipelineCounters counters, StageHandoff handoff) {
        this.journal = journal;
        this.counters = counters;
        this.handoff = handoff;
    }

    @Override
    public void setSequenceCallback(Sequence sequence) {
        handoff.follow(sequence);
    }

    @Override
    public void onStart() {
        appender = journal.eventAppender();
    }

    @Override
    public void onEvent(EventSlot slot, long sequence, boolean endOfBatch) {
        if (slot.isEvent()) {
            try {
                slot.replayInto(appender.writer());
                slot.journalIndex = appender.lastIndexAppended();
            } catch (RuntimeException e) {
                counters.journalFailures.incrementAndGet();
                LOG.error("ring sequence {}: could not journal {}; it is not applied", sequence, slot, e);
            } catch (InternalError e) {
                LOG.error("ring sequence {}: the journal in {} could not be written ({}): its file system is most "
                        + "likely full. Stopping now (exit status {}) rather than routing calls it cannot journal; "
                        + "free space there and start the server again: it replays everything journaled before.",
                        sequence, journal.directory(), e.getMessage(), JOURNAL_FAULT_EXIT_STATUS);
                Runtime.getRuntime().halt(JOURNAL_FAULT_EXIT_STATUS);
            }
        }
        if (endOfBatch) {
            appender.endBatch();
            handoff.handOver(sequence);
        }
    }
}
