package org.acd.server.admin;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.ToLongFunction;
import org.acd.core.api.AgentState;
import org.acd.core.model.QueueConfig;
import org.acd.core.model.RoutingConfig;
import org.acd.core.runtime.AcdRuntime;
import org.acd.core.runtime.PipelineCounters;
import org.acd.core.runtime.RoutingLatencyListener;
import org.acd.core.view.AgentView;
import org.acd.core.view.EngineSnapshot;
import org.acd.core.view.QueueView;
import org.acd.telephony.TelephonyAdapter;

/**
 * What {@code GET /metrics} shows, in Prometheus's text format: the call counters that
 * {@link OutcomeMeters} feeds from the outcomes journal; per queue the waiting calls and the longest
 * wait, and the agents per state, as gauges set from each second's snapshot; the pipeline's counters,
 * the input ring's use and the journal's lag read live; the routing latency, a histogram fed by the
 * runtime's latency thread; with {@link #bindTelephony}, the AMI connection and the FastAGI sessions;
 * the JVM's memory and threads. Snapshots arrive on the sampler thread, scrapes on the admin event
 * loop; the gauges' values are atomics.
 */
final class AdminMetrics implements AutoCloseable {

    /** The histogram's smallest bucket: below a microsecond no event is routed. */
    private static final long MIN_LATENCY_NS = 1_000;

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final Map<String, AtomicLong> waitingCalls = new HashMap<>();
    private final Map<String, AtomicLong> longestWaitMs = new HashMap<>();
    private final Map<AgentState, AtomicLong> agentsByState = new EnumMap<>(AgentState.class);
    private final AcdRuntime runtime;

    AdminMetrics(RoutingConfig config, AcdRuntime runtime) {
        this.runtime = runtime;
        for (QueueConfig queue : config.queues()) {
            waitingCalls.put(queue.id(), gauge("acd.calls.waiting", "Calls waiting in the queue, ringing ones included",
                    "queue", queue.id()));
            AtomicLong longestMs = new AtomicLong();
            Gauge.builder("acd.queue.longest.wait", longestMs, ms -> ms.get() / 1000.0).baseUnit("seconds")
                    .description("How long the queue's oldest call has waited").tags("queue", queue.id())
                    .register(registry);
            longestWaitMs.put(queue.id(), longestMs);
        }
        for (AgentState state : AgentState.values()) {
            agentsByState.put(state, gauge("acd.agents", "Agents in the state", "state", state.name()));
        }
        PipelineCounters counters = runtime.counters();
        pipelineCounter("acd.pipeline.events.applied", "Events the engine applied since start", counters,
                PipelineCounters::eventsApplied);
        pipelineCounter("acd.pipeline.events.replayed", "Events replayed from the journal at start", counters,
                PipelineCounters::eventsReplayed);
        pipelineCounter("acd.pipeline.poison.events", "Events that made the engine throw", counters,
                PipelineCounters::poisonEvents);
        pipelineCounter("acd.pipeline.journal.failures", "Events the journal could not take", counters,
                PipelineCounters::journalFailures);
        pipelineCounter("acd.pipeline.command.failures", "Commands the executor threw on", counters,
                PipelineCounters::commandFailures);
        Gauge.builder("acd.ring.size", runtime, AcdRuntime::ringSize).description("Slots in the input ring")
                .register(registry);
        Gauge.builder("acd.ring.backlog", runtime, r -> r.ringSize() - r.ringRemainingCapacity())
                .description("Slots of the input ring claimed and not yet processed").register(registry);
        Gauge.builder("acd.ring.remaining.capacity", runtime, AcdRuntime::ringRemainingCapacity)
                .description("Slots of the input ring free for producers").register(registry);
        Gauge.builder("acd.journal.lag", runtime, AcdRuntime::journalLag)
                .description("Events claimed in the input ring and not yet journaled").register(registry);
        Timer routingLatency = Timer.builder("acd.routing.latency")
                .description("Time from an event's publish into the ring to the engine having applied it, "
                        + "journaling included")
                .publishPercentileHistogram().minimumExpectedValue(Duration.ofNanos(MIN_LATENCY_NS))
                .maximumExpectedValue(Duration.ofSeconds(1)).register(registry);
        runtime.observeRoutingLatency(latencyNs -> routingLatency.record(latencyNs, TimeUnit.NANOSECONDS));
        new JvmMemoryMetrics().bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
    }

    MeterRegistry registry() {
        return registry;
    }

    /** Adds the link to Asterisk: whether AMI is connected, the FastAGI sessions open and opened. */
    void bindTelephony(TelephonyAdapter adapter) {
        Gauge.builder("acd.ami.connected", adapter, a -> a.amiConnected() ? 1 : 0)
                .description("1 while the AMI connection to Asterisk is logged in, else 0").register(registry);
        Gauge.builder("acd.agi.sessions.active", adapter, a -> a.agiCounters().activeSessions())
                .description("FastAGI sessions open now").register(registry);
        FunctionCounter.builder("acd.agi.sessions", adapter, a -> a.agiCounters().sessionsOpened())
                .description("FastAGI sessions opened since start").register(registry);
    }

    /** Stops taking the runtime's routing latencies. */
    @Override
    public void close() {
        runtime.observeRoutingLatency(RoutingLatencyListener.NONE);
    }

    /** Sets the gauges from a snapshot; sampler thread. */
    void update(EngineSnapshot snapshot) {
        for (QueueView queue : snapshot.queues()) {
            ApiViews.Queue view = ApiViews.queue(queue, snapshot.atMs());
            waitingCalls.get(queue.id()).set(view.waitingCalls());
            longestWaitMs.get(queue.id()).set(view.longestWaitMs());
        }
        Map<AgentState, Long> counts = new EnumMap<>(AgentState.class);
        for (AgentView agent : snapshot.agents()) {
            counts.merge(agent.state(), 1L, Long::sum);
        }
        agentsByState.forEach((state, gauge) -> gauge.set(counts.getOrDefault(state, 0L)));
    }

    /** The Prometheus text; admin event loop. */
    String scrape() {
        return registry.scrape();
    }

    private AtomicLong gauge(String name, String description, String tagKey, String tagValue) {
        AtomicLong value = new AtomicLong();
        Gauge.builder(name, value, AtomicLong::get).description(description).tags(tagKey, tagValue)
                .register(registry);
        return value;
    }

    private void pipelineCounter(String name, String description, PipelineCounters counters,
                                 ToLongFunction<PipelineCounters> read) {
        FunctionCounter.builder(name, counters, c -> read.applyAsLong(c)).description(description)
                .register(registry);
    }
}
