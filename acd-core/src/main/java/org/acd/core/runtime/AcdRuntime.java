package org.acd.core.runtime;

import com.lmax.disruptor.WaitStrategy;
import com.lmax.disruptor.dsl.Disruptor;
import com.lmax.disruptor.dsl.ProducerType;
import com.lmax.disruptor.util.DaemonThreadFactory;
import java.util.concurrent.CompletableFuture;
import org.acd.core.api.AcdCommands;
import org.acd.core.api.AcdEvents;
import org.acd.core.api.ConfigReload;
import org.acd.core.engine.RoutingEngine;
import org.acd.core.journal.Journal;
import org.acd.core.journal.JournalStartConfig;
import org.acd.core.journal.OutcomeRecorder;
import org.acd.core.model.RoutingConfig;
import org.acd.core.view.ConfigReloads;
import org.acd.core.view.EngineSnapshot;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The running routing core. Its topology:
 * <pre>
 *   any thread ---------events()-------> [ input ring, multi-producer ]
 *   acd-ticker (optional) --timeAdvanced-->     |
 *                               | 1. JournalingHandler  (journaling thread: events journal)
 *                               v
 *                            2. RoutingHandler         (engine thread: RoutingEngine, outcomes journal)
 *                               |  +--> AcdCommands executor, on the engine thread
 *                               v
 *                            3. RoutingLatencyHandler  (its own thread: publish-to-applied time)
 * </pre>
 * At start the journal is replayed into a fresh engine, commands held back, before the ring opens;
 * the engine starts from the configuration the journal began with ({@link JournalStartConfig}), and
 * when replay leaves it on another configuration than the one given, that one is published as a
 * configuration reload, which the engine applies or refuses as it would any.
 * The engine thread is the only one that touches routing state; other threads read it through
 * {@link #snapshot()}, a query answered in turn with the events.
 */
public final class AcdRuntime implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(AcdRuntime.class);

    private final Journal journal;
    private final Disruptor<EventSlot> disruptor;
    private final RingPublisher publisher;
    private final PipelineCounters counters;
    private final JournalingHandler journaling;
    private final RoutingLatencyHandler routingLatency;
    private final Ticker ticker;

    private AcdRuntime(Journal journal, Disruptor<EventSlot> disruptor, PipelineCounters counters,
                       JournalingHandler journaling, RoutingLatencyHandler routingLatency, long tickIntervalMs) {
        this.journal = journal;
        this.disruptor = disruptor;
        this.publisher = new RingPublisher(disruptor.getRingBuffer());
        this.counters = counters;
        this.journaling = journaling;
        this.routingLatency = routingLatency;
        this.ticker = tickIntervalMs > 0 ? new Ticker(publisher, tickIntervalMs) : null;
    }

    /**
     * Opens the journal, replays it, starts the pipeline and returns once it takes events.
     * {@code executor} receives the engine's commands on the engine thread and must hand them off
     * without blocking.
     */
    public static AcdRuntime start(RoutingConfig config, RuntimeOptions options, AcdCommands executor) {
        Journal journal = new Journal(options.journalDirectory(), options.durability());
        try {
            return start(config, options, executor, journal);
        } catch (RuntimeException e) {
            journal.close();
            throw e;
        }
    }

    private static AcdRuntime start(RoutingConfig config, RuntimeOptions options, AcdCommands executor,
                                    Journal journal) {
        PipelineCounters counters = new PipelineCounters();
        OutcomeRecorder outcomes = new OutcomeRecorder(journal.outcomeAppender());
        CommandGate commands = new CommandGate(executor, counters);
        RoutingConfig journalStart = JournalStartConfig.readOrKeep(options.journalDirectory(), config);
        RoutingEngine engine = new RoutingEngine(journalStart, commands, outcomes);
        long replayed = JournalReplay.replay(journal, engine, outcomes, counters);
        LOG.info("replayed {} journaled events from {}", replayed, options.journalDirectory());
        if (replayed == 0 && !journalStart.equals(config)) {
            JournalStartConfig.replace(options.journalDirectory(), config);
            engine = new RoutingEngine(config, commands, outcomes);
        }
        boolean configChanged = !engine.config().equals(config);
        long journalTimeMs = engine.snapshot().atMs();
        commands.goLive();

        WaitStrategy waitStrategy = options.waitStrategy().create();
        Disruptor<EventSlot> disruptor = new Disruptor<>(EventSlot::new, options.ringSize(),
                DaemonThreadFactory.INSTANCE, ProducerType.MULTI, waitStrategy);
        JournalingHandler journaling = new JournalingHandler(journal, counters, new StageHandoff(waitStrategy));
        RoutingLatencyHandler routingLatency = new RoutingLatencyHandler();
        disruptor.handleEventsWith(journaling)
                .then(new RoutingHandler(engine, engine::snapshot, outcomes, counters, new StageHandoff(waitStrategy),
                        journal.directory()))
                .then(routingLatency);
        disruptor.start();
        AcdRuntime runtime = new AcdRuntime(journal, disruptor, counters, journaling, routingLatency,
                options.tickIntervalMs());
        runtime.snapshot().join();
        if (configChanged) {
            runtime.reloadAtStart(config, journalTimeMs);
        }
        return runtime;
    }

    /**
     * The journal left the engine on another configuration than the one the runtime starts with (the
     * file changed while the server was down): reload it, stamped with the journal's last time so
     * that no timer fires early; a refusal leaves the journal's configuration in force, and says why.
     */
    private void reloadAtStart(RoutingConfig config, long journalTimeMs) {
        ConfigReloads before = snapshot().join().reloads();
        publisher.configReloaded(journalTimeMs, ConfigReload.of(config));
        ConfigReloads after = snapshot().join().reloads();
        if (after.rejected() > before.rejected()) {
            LOG.warn("the configuration given at start was not applied; routing follows the journal's: {}",
                    after.lastRejection());
        }
    }

    /** Where events go in; safe from any thread. */
    public AcdEvents events() {
        return publisher;
    }

    /** The engine's state, taken on the engine thread after every event published before this call. */
    public CompletableFuture<EngineSnapshot> snapshot() {
        return publisher.requestSnapshot();
    }

    public PipelineCounters counters() {
        return counters;
    }

    /** Slots in the input ring. */
    public int ringSize() {
        return disruptor.getRingBuffer().getBufferSize();
    }

    /**
     * Slots of the input ring no producer has claimed yet; {@link #ringSize()} minus this is the
     * backlog the pipeline has still to work through. A moment's reading, from any thread.
     */
    public long ringRemainingCapacity() {
        return disruptor.getRingBuffer().remainingCapacity();
    }

    /**
     * Events claimed in the input ring that the journaling thread has not written yet: how far the
     * journal lags behind the producers. A moment's reading of the ring's sequences, from any thread.
     */
    public long journalLag() {
        return Math.max(0, disruptor.getRingBuffer().getCursor() - disruptor.getSequenceValueFor(journaling));
    }

    /**
     * Hands the routing latency of every event applied from now on (publish into the ring to applied
     * by the engine, in nanoseconds) to {@code listener}, replacing any earlier one. The listener is
     * called on a thread of the runtime's own, after the engine, so measuring costs the engine thread
     * one clock read per event.
     */
    public void observeRoutingLatency(RoutingLatencyListener listener) {
        routingLatency.listen(listener);
    }

    /** Stops the ticks, lets the ring drain, stops the pipeline threads, closes the journal. */
    @Override
    public void close() {
        if (ticker != null) {
            ticker.close();
        }
        disruptor.shutdown();
        journal.close();
    }
}
