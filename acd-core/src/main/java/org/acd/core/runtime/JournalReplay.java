package org.acd.core.runtime;

import java.lang.reflect.InvocationTargetException;
import net.openhft.chronicle.bytes.MethodReader;
import net.openhft.chronicle.queue.ExcerptTailer;
import org.acd.core.engine.RoutingEngine;
import org.acd.core.journal.Journal;
import org.acd.core.journal.OutcomeRecorder;
import org.acd.core.journal.RecoveryPoint;
import org.acd.core.journal.SkippingReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Rebuilds the engine's state at start by replaying the events journal into it, before the ring
 * starts. Commands stay behind the {@link CommandGate}; outcomes are written only for events whose
 * outcomes a crash kept out of the journal. Poison events are skipped as they were when live.
 */
final class JournalReplay {

    private static final Logger LOG = LoggerFactory.getLogger(JournalReplay.class);

    private JournalReplay() {
    }

    static long replay(Journal journal, RoutingEngine engine, OutcomeRecorder outcomes, PipelineCounters counters) {
        RecoveryPoint recoveryPoint = RecoveryPoint.find(journal);
        ExcerptTailer tailer = journal.eventTailer();
        MethodReader reader = tailer.methodReaderBuilder()
                .methodReaderInterceptorReturns((method, target, args, invocation) -> {
                    long index = tailer.index();
                    outcomes.beginEvent(index, recoveryPoint.outcomesJournaledFor(index));
                    try {
                        return invocation.invoke(method, target, args);
                    } catch (InvocationTargetException e) {
                        counters.poisonEvents.incrementAndGet();
                        LOG.error("journal index {}: poison event {} skipped in replay", index, method.getName(),
                                e.getCause());
                        return null;
                    } finally {
                        outcomes.endEvent();
                    }
                })
                .build(engine);
        SkippingReader records = new SkippingReader("events", tailer, reader);
        long replayed = 0;
        while (records.readOne()) {
            replayed++;
        }
        replayed -= records.skipped();
        counters.eventsReplayed.set(replayed);
        return replayed;
    }
}
