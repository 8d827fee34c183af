package org.acd.core.runtime;

import com.lmax.disruptor.EventHandler;
import com.lmax.disruptor.Sequence;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.acd.core.api.AcdEvents;
import org.acd.core.journal.OutcomeRecorder;
import org.acd.core.view.EngineSnapshot;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Second consumer of the ring, after the journaling handler: applies each journaled event to the
 * engine and answers snapshot queries. An event that makes the engine throw (a poison event) is
 * logged with its ring sequence and journal index, counted, and skipped; routing goes on. Each
 * applied event's slot is stamped with the clock, for the {@link RoutingLatencyHandler} behind it.
 * An outcome the journal's file system cannot back stops the process ({@link JournalFault}), its
 * event's record dropped rather than left torn. Runs on the engine thread, the only thread that
 * touches the engine.
 */
final class RoutingHandler implements EventHandler<EventSlot> {

    private static final Logger LOG = LoggerFactory.getLogger(RoutingHandler.class);

    private final AcdEvents engine;
    private final Supplier<EngineSnapshot> snapshots;
    private final OutcomeRecorder outcomes;
    private final PipelineCounters counters;
    private final StageHandoff handoff;
    private final Path journalDirectory;

    RoutingHandler(AcdEvents engine, Supplier<EngineSnapshot> snapshots, OutcomeRecorder outcomes,
                   PipelineCounters counters, StageHandoff handoff, Path journalDirectory) {
        this.engine = engine;
        this.snapshots = snapshots;
        this.outcomes = outcomes;
        this.counters = counters;
        this.handoff = handoff;
        this.journalDirectory = journalDirectory;
    }

    @Override
    public void setSequenceCallback(Sequence sequence) {
        handoff.follow(sequence);
    }

    @Override
    public void onEvent(EventSlot slot, long sequence, boolean endOfBatch) {
        handle(slot, sequence);
        if (endOfBatch) {
            handoff.handOver(sequence);
        }
    }

    private void handle(EventSlot slot, long sequence) {
        if (!slot.isEvent()) {
            CompletableFuture<EngineSnapshot> reply = slot.snapshotReply;
            slot.snapshotReply = null;
            reply.complete(snapshots.get());
            return;
        }
        if (slot.journalIndex == EventSlot.NOT_JOURNALED) {
            return;
        }
        outcomes.beginEvent(slot.journalIndex, 0);
        try {
            try {
                slot.replayInto(engine);
            } catch (InternalError e) {
                outcomes.discardEvent();
                JournalFault.stop("outcomes journal", sequence, journalDirectory, e);
            } finally {
                outcomes.endEvent();
            }
        } catch (RuntimeException e) {
            counters.poisonEvents.incrementAndGet();
            LOG.error("ring sequence {}, journal index {}: poison event {} skipped", sequence, slot.journalIndex,
                    slot, e);
        }
        slot.handledNs = System.nanoTime();
        counters.eventsApplied.lazySet(counters.eventsApplied.get() + 1);
    }
}
