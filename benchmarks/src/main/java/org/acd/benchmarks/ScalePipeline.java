package org.acd.benchmarks;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.LockSupport;
import org.acd.core.api.AcdEvents;
import org.acd.core.api.AgentState;
import org.acd.core.api.CallState;
import org.acd.core.runtime.AcdRuntime;
import org.acd.core.runtime.PipelineWaitStrategy;
import org.acd.core.runtime.RuntimeOptions;
import org.acd.core.view.EngineSnapshot;

/**
 * The whole routing pipeline, journal included, started on a temporary journal directory with the
 * {@link ScaleFixture} loaded and checked: 50,000 calls waiting, the live agents ready. The
 * harnesses publish into {@link #events()} from their own thread; commands reach the
 * {@link CommandProbe} on the engine thread. Closing stops the pipeline and deletes the journal.
 */
final class ScalePipeline implements AutoCloseable {

    /** 2026-11-22T00:00:00Z, where the fixture's event time starts. */
    private static final long LOAD_START_MS = 1_795_305_600_000L;
    private static final long DRAIN_TIMEOUT_S = 120;
    private static final long POLL_NANOS = TimeUnit.MICROSECONDS.toNanos(20);

    private final JournalDirectory journal;
    private final AcdRuntime runtime;
    private final CommandProbe probe;
    private final long trafficStartMs;
    private final long loadEvents;

    private ScalePipeline(JournalDirectory journal, AcdRuntime runtime, CommandProbe probe, long trafficStartMs,
                          long loadEvents) {
        this.journal = journal;
        this.runtime = runtime;
        this.probe = probe;
        this.trafficStartMs = trafficStartMs;
        this.loadEvents = loadEvents;
    }

    static ScalePipeline start(ScaleFixture fixture, PipelineWaitStrategy waitStrategy) {
        CommandProbe probe = new CommandProbe();
        JournalDirectory journal = JournalDirectory.create();
        AcdRuntime runtime = AcdRuntime.start(fixture.config(),
                RuntimeOptions.defaults(journal.path()).withWaitStrategy(waitStrategy), probe);
        ScalePipeline pipeline = new ScalePipeline(journal, runtime, probe,
                fixture.load(runtime.events(), LOAD_START_MS) + 1, fixture.loadEvents());
        try {
            pipeline.checkLoaded();
            return pipeline;
        } catch (RuntimeException e) {
            pipeline.close();
            throw e;
        }
    }

    AcdEvents events() {
        return runtime.events();
    }

    CommandProbe probe() {
        return probe;
    }

    /** The event time the traffic starts at, after the load. */
    long trafficStartMs() {
        return trafficStartMs;
    }

    /**
     * Waits until the engine has applied {@code trafficEvents} events after the load. What the
     * engine thread wrote before applying them (the probe's histogram and counts) is then visible
     * to the caller, because the engine publishes its applied-events counter after each event.
     */
    void awaitApplied(long trafficEvents) {
        long target = loadEvents + trafficEvents;
        long deadlineNanos = System.nanoTime() + TimeUnit.SECONDS.toNanos(DRAIN_TIMEOUT_S);
        while (runtime.counters().eventsApplied() < target) {
            if (System.nanoTime() > deadlineNanos) {
                throw new IllegalStateException("the pipeline applied " + runtime.counters().eventsApplied() + " of "
                        + target + " events within " + DRAIN_TIMEOUT_S + " s");
            }
            LockSupport.parkNanos(POLL_NANOS);
        }
    }

    /** Events that failed in the pipeline (journal failures and poison events); 0 in a valid run. */
    long failedEvents() {
        return runtime.counters().journalFailures() + runtime.counters().poisonEvents();
    }

    @Override
    public void close() {
        try {
            runtime.close();
        } finally {
            journal.close();
        }
    }

    /** Checks the loaded state through a snapshot: heavy (50,000 calls), so taken once, before any measurement. */
    private void checkLoaded() {
        EngineSnapshot state;
        try {
            state = runtime.snapshot().get(DRAIN_TIMEOUT_S, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while loading the fixture", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("the fixture did not load within " + DRAIN_TIMEOUT_S + " s", e);
        }
        long waiting = state.calls().stream().filter(call -> call.state() == CallState.QUEUED).count();
        long ready = state.agents().stream().filter(agent -> agent.state() == AgentState.READY).count();
        if (waiting != ScaleFixture.WAITING_CALLS || ready != ScaleFixture.LIVE_AGENTS || state.rejectedEvents() != 0
                || probe.unexpectedCommands() != 0) {
            throw new IllegalStateException("the fixture did not load as designed: " + waiting + " calls waiting, "
                    + ready + " agents ready, " + state.rejectedEvents() + " events rejected");
        }
    }
}
