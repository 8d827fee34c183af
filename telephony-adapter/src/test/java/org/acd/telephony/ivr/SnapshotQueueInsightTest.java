package org.acd.telephony.ivr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.acd.core.view.ConfigReloads;
import org.acd.core.view.EngineSnapshot;
import org.acd.core.view.QueueView;
import org.acd.ivr.QueueInsight.QueueStatus;
import org.junit.jupiter.api.Test;

final class SnapshotQueueInsightTest {

    private static final long ASSUMED_HANDLE_MS = 180_000;

    private static QueueStatus status(QueueView queue) throws Exception {
        EngineSnapshot snapshot = new EngineSnapshot(0, 0, 0, 0, List.of(queue), List.of(), List.of(),
                ConfigReloads.NONE);
        return new SnapshotQueueInsight(() -> CompletableFuture.completedFuture(snapshot), ASSUMED_HANDLE_MS)
                .status(queue.id()).toCompletableFuture().get();
    }

    @Test
    void shouldTakeTheEnginesEstimateAndItsReadyAgents() throws Exception {
        QueueStatus status = status(new QueueView("orders", 4, 0, 3, 1, 2, 0, 240_000, 96_000));

        assertEquals(new QueueStatus(96_000, 1), status);
    }

    @Test
    void shouldAssumeAHandleTimeBeforeTheQueuesFirstCompletedCall() throws Exception {
        QueueStatus status = status(new QueueView("orders", 3, 0, 2, 0, 2, 0, -1, -1));

        assertEquals(new QueueStatus((3 + 1) * ASSUMED_HANDLE_MS / 2, 0), status);
    }

    @Test
    void shouldSeeNoEndToTheWaitOfAQueueNobodyIsLoggedInTo() throws Exception {
        QueueStatus status = status(new QueueView("orders", 1, 0, 0, 0, 0, 0, -1, -1));

        assertEquals(new QueueStatus(Long.MAX_VALUE, 0), status);
    }

    @Test
    void shouldFailForAQueueTheEngineDoesNotHave() {
        EngineSnapshot snapshot = new EngineSnapshot(0, 0, 0, 0, List.of(), List.of(), List.of(),
                ConfigReloads.NONE);
        CompletableFuture<QueueStatus> status = new SnapshotQueueInsight(
                () -> CompletableFuture.completedFuture(snapshot), ASSUMED_HANDLE_MS).status("billing")
                .toCompletableFuture();

        ExecutionException failure = assertThrows(ExecutionException.class, status::get);
        assertInstanceOf(IllegalArgumentException.class, failure.getCause());
        assertEquals("the engine has no queue 'billing'", failure.getCause().getMessage());
    }
}
