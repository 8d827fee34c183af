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
 * A write the journal's file system cannot back stops the process ({@link JournalFault}).
 * Runs on the journaling thread.
 */
final class JournalingHandler implements EventHandler<EventSlot> {

    private static final Logger LOG = LoggerFactory.getLogger(JournalingHandler.class);

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
                JournalFault.stop("events journal", sequence, journal.directory(), e);
            }
        }
        if (endOfBatch) {
            appender.endBatch();
            handoff.handOver(sequence);
        }
    }
}
