package org.acd.server.admin;

import static org.acd.server.admin.ScrapedMetrics.awaitValue;
import static org.acd.server.admin.ScrapedMetrics.value;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.acd.core.api.AcdEvents;
import org.acd.core.api.QueueRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code /metrics} of a running server after known traffic: alice answers a gold call, bob is not
 * ready, a standard caller hangs up and another waits. Every series the issue asks for is scraped
 * with a value that fits that traffic.
 */
final class MetricsEndpointTest {

    @TempDir
    Path temp;

    private RunningAdmin admin;

    @BeforeEach
    void start() throws InterruptedException {
        admin = new RunningAdmin(temp);
        long nowMs = System.currentTimeMillis();
        AcdEvents events = admin.runtime.events();
        events.agentLoggedIn(nowMs, "alice");
        events.agentReady(nowMs, "alice");
        events.agentLoggedIn(nowMs, "bob");
        events.agentNotReady(nowMs, "bob", "coaching");
        events.callQueued(nowMs, 1, "support", "gold", "5550001", QueueRequest.NONE);
        events.agentAnswered(nowMs + 2_000, "alice", 1);
        events.callQueued(nowMs + 3_000, 2, "support", "standard", "5550002", QueueRequest.NONE);
        events.callerHungUp(nowMs + 9_000, 2);
        events.callQueued(nowMs + 10_000, 3, "support", "standard", "5550003", QueueRequest.NONE);
        admin.runtime.snapshot().join();
    }

    @AfterEach
    void stop() {
        admin.close();
    }

    private String scrape() throws Exception {
        return admin.get("/metrics").body();
    }

    @Test
    void shouldCountCallsPerQueueAndTierFromTheJournal() throws Exception {
        String metrics = awaitValue(this::scrape, "acd_calls_abandoned_total{queue=\"support\",tier=\"standard\"}",
                count -> count == 1);

        assertEquals(1, value(metrics, "acd_calls_offered_total{queue=\"support\",tier=\"gold\"}").orElseThrow());
        assertEquals(2, value(metrics, "acd_calls_offered_total{queue=\"support\",tier=\"standard\"}").orElseThrow());
        assertEquals(1, value(metrics, "acd_calls_answered_total{queue=\"support\",tier=\"gold\"}").orElseThrow());
    }

    @Test
    void shouldShowWaitingCallsAndAgentsByStateFromTheSnapshots() throws Exception {
        String metrics = awaitValue(this::scrape, "acd_calls_waiting{queue=\"support\"}", waiting -> waiting == 1);

        assertEquals(1, value(metrics, "acd_agents{state=\"ON_CALL\"}").orElseThrow());
        assertEquals(1, value(metrics, "acd_agents{state=\"NOT_READY\"}").orElseThrow());
        assertEquals(0, value(metrics, "acd_agents{state=\"READY\"}").orElseThrow());
    }

    @Test
    void shouldTimeTheRoutingOfEveryEventInAHistogram() throws Exception {
        String metrics = awaitValue(this::scrape, "acd_routing_latency_seconds_count", count -> count >= 9);

        double sumSeconds = value(metrics, "acd_routing_latency_seconds_sum").orElseThrow();
        double maxSeconds = value(metrics, "acd_routing_latency_seconds_max").orElseThrow();
        assertTrue(sumSeconds > 0 && maxSeconds > 0 && maxSeconds <= sumSeconds && maxSeconds < 5,
                "sum " + sumSeconds + " s, max " + maxSeconds + " s");
        assertTrue(metrics.contains("acd_routing_latency_seconds_bucket{le=\"+Inf\"}"), metrics);
    }

    @Test
    void shouldShowTheRingsUseAndTheJournalsLag() throws Exception {
        String metrics = scrape();

        double size = value(metrics, "acd_ring_size").orElseThrow();
        double remaining = value(metrics, "acd_ring_remaining_capacity").orElseThrow();
        double backlog = value(metrics, "acd_ring_backlog").orElseThrow();
        assertEquals(admin.runtime.ringSize(), size);
        // Each gauge is a moment's reading, taken one after the other, so they need not add up exactly.
        assertTrue(remaining <= size && remaining > size - 10, "an idle ring is nearly all free: " + remaining
                + " of " + size);
        assertTrue(backlog >= 0 && backlog < 10, "an idle ring has next to nothing in use: " + backlog);
        double lag = value(metrics, "acd_journal_lag").orElseThrow();
        assertTrue(lag >= 0 && lag < 10, "an idle journal keeps up: " + lag);
    }
}
