package org.acd.core.runtime;

import com.lmax.disruptor.EventHandler;
import org.acd.core.engine.RoutingEngine;
import org.acd.core.journal.OutcomeRecorder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Second consumer of the ring, after the journaling handler: applies each journaled event to the
 * engine and answers snapshot queries. An event that makes the engine throw (a poison event) is
 * logged with its ring sequence and journal index, counted, and skipped; routing goes on.
 * Runs on the engine thread, the only thread that touches the engine.
 */
final class RoutingHandler implements EventHandler<EventSlot> {

    private static final Logger LOG = LoggerFactory.getLogger(RoutingHandler.class);

    private final RoutingEngine engine;
    private final OutcomeRecorder outcomes;
    private final PipelineCounters counters;

    RoutingHandler(RoutingEngine engine, OutcomeRecorder outcomes, PipelineCounters counters) {
        this.engine = engine;
        this.outcomes = outcomes;
        this.counters = counters;
    }

    @Override
    public void onEvent(EventSlot slot, long sequence, boolean endOfBatch) {
        if (!slot.isEvent()) {
            slot.snapshotReply.complete(engine.snapshot());
            return;
        }
        if (slot.journalIndex == EventSlot.NOT_JOURNALED) {
            counters.notJournaled.incrementAndGet();
            return;
        }
        outcomes.beginEvent(slot.journalIndex, 0);
        try {
            slot.replayInto(engine);
        } catch (RuntimeException e) {
            counters.poisonEvents.incrementAndGet();
            LOG.error("ring sequence {}, journal index {}: poison event {} skipped", sequence, slot.journalIndex,
                    slot, e);
        }
        counters.eventsApplied.lazySet(counters.eventsApplied.get() + 1);
    }
}
