package org.acd.server.admin;

import io.netty.handler.codec.http.HttpResponseStatus;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.LongSupplier;
import org.acd.core.model.AgentConfig;
import org.acd.core.model.QueueConfig;
import org.acd.core.model.RoutingConfig;
import org.acd.core.runtime.AcdRuntime;
import org.acd.core.view.CallView;
import org.acd.core.view.EngineSnapshot;

/**
 * What each endpoint answers, as objects the router writes as JSON. Reads come from an engine
 * snapshot, a query that travels through the ring behind every event published before it; agent
 * and call actions publish their event stamped with the wall clock, then answer with the agent or
 * call as the engine sees it once the event is applied. Agent ids and queues are checked against the
 * configuration, and a call against a snapshot, never left for the engine to reject. Called on the
 * admin event loop; the futures complete on the engine thread, so callers continue on their own
 * executor.
 */
final class AdminApi {

    /** Longer than any pause of a healthy engine; past it the client gets 503. */
    static final long SNAPSHOT_TIMEOUT_MS = 5_000;
    private static final int MAX_REASON_LENGTH = 64;

    private final AcdRuntime runtime;
    /** Agent id to name, replaced when a configuration reload applied. */
    private volatile Map<String, String> agentNames;
    /** The configured queues, replaced when a configuration reload applied. */
    private volatile List<String> queueIds;
    private final String version;
    private final LongSupplier wallClockMs;
    private final long startedAtMs;

    AdminApi(AcdRuntime runtime, RoutingConfig config, String version, LongSupplier wallClockMs) {
        this.runtime = runtime;
        this.agentNames = namesOf(config);
        this.queueIds = queuesOf(config);
        this.version = version;
        this.wallClockMs = wallClockMs;
        this.startedAtMs = wallClockMs.getAsLong();
    }

    /** The engine applied a reloaded configuration: agents and queues are checked and named by it from now on. */
    void configReloaded(RoutingConfig config) {
        agentNames = namesOf(config);
        queueIds = queuesOf(config);
    }

    private static List<String> queuesOf(RoutingConfig config) {
        return config.queues().stream().map(QueueConfig::id).toList();
    }

    private static Map<String, String> namesOf(RoutingConfig config) {
        Map<String, String> names = new LinkedHashMap<>();
        for (AgentConfig agent : config.agents()) {
            names.put(agent.id(), agent.name());
        }
        return Map.copyOf(names);
    }

    CompletableFuture<Object> status() {
        return snapshot().thenApply(snapshot -> ApiViews.status(version, startedAtMs, wallClockMs.getAsLong(),
                snapshot, runtime.counters(), runtime.ringSize(), runtime.ringRemainingCapacity()));
    }

    CompletableFuture<Object> queues() {
        return snapshot().thenApply(ApiViews::queues);
    }

    CompletableFuture<Object> agents() {
        return snapshot().thenApply(snapshot -> ApiViews.agents(snapshot, agentNames));
    }

    CompletableFuture<Object> calls() {
        return snapshot().thenApply(ApiViews::calls);
    }

    /** The live stream's payload. */
    Object wallboard(EngineSnapshot snapshot) {
        return ApiViews.wallboard(snapshot, agentNames);
    }

    /**
     * Publishes the action for the agent and answers with the agent after it. {@code body} is the
     * request's JSON (may be empty except for not-ready, which needs {@code {"reason": "..."}}).
     */
    CompletableFuture<Object> agentAction(String agentId, AgentAction action, String body) {
        Map<String, String> names = agentNames;
        if (!names.containsKey(agentId)) {
            throw new ApiException(HttpResponseStatus.NOT_FOUND, "no agent '" + agentId + "' is configured");
        }
        String reason = reasonFrom(body, action);
        action.publish(runtime.events(), wallClockMs.getAsLong(), agentId, reason);
        return snapshot().thenApply(snapshot -> snapshot.agents().stream()
                .filter(agent -> agent.id().equals(agentId)).findFirst()
                .<Object>map(agent -> ApiViews.agent(agent, names.get(agentId), snapshot.atMs()))
                .orElseThrow(() -> new ApiException(HttpResponseStatus.INTERNAL_SERVER_ERROR,
                        "the routing engine does not know the configured agent '" + agentId + "'")));
    }

    /**
     * Checks the order in {@code body} and that the call still waits for an agent, publishes the
     * order, and answers with the call after it ({@link CallOrderOutcome}). Continues on {@code loop},
     * the admin event loop, so that nothing is published from the engine's thread.
     */
    CompletableFuture<Object> callAction(long callId, CallAction action, String body, Executor loop) {
        CallOrder order = CallOrder.read(action, body, queueIds);
        return snapshot().thenComposeAsync(before -> {
            CallView call = CallOrderOutcome.check(before, callId, order);
            order.publish(runtime.events(), wallClockMs.getAsLong(), callId);
            return snapshot().thenApply(after -> CallOrderOutcome.answer(order, call, after));
        }, loop);
    }

    private static String reasonFrom(String body, AgentAction action) {
        String reason = RequestBodies.text(RequestBodies.object(body), "reason");
        String text = reason == null ? "" : reason;
        if (action.needsReason() && text.isEmpty()) {
            throw new ApiException(HttpResponseStatus.BAD_REQUEST,
                    action.pathSegment() + " needs a body {\"reason\": \"...\"} with a non-empty reason");
        }
        return RequestBodies.printable("reason", text, MAX_REASON_LENGTH);
    }

    CompletableFuture<EngineSnapshot> snapshot() {
        return runtime.snapshot().orTimeout(SNAPSHOT_TIMEOUT_MS, TimeUnit.MILLISECONDS)
                .exceptionally(failure -> {
                    Throwable cause = failure instanceof CompletionException ? failure.getCause() : failure;
                    if (cause instanceof TimeoutException) {
                        throw new ApiException(HttpResponseStatus.SERVICE_UNAVAILABLE,
                                "the routing engine did not answer within " + SNAPSHOT_TIMEOUT_MS + " ms");
                    }
                    throw failure instanceof CompletionException completion ? completion
                            : new CompletionException(failure);
                });
    }
}
