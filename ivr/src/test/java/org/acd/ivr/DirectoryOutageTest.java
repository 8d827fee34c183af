package org.acd.ivr;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.acd.config.ConfigLoader;
import org.acd.config.model.AcdConfig;
import org.acd.ivr.directory.JdbcCallerDirectory;
import org.acd.ivr.testing.FlowHarness;
import org.acd.ivr.testing.RecordingHandoff;
import org.acd.ivr.testing.RecordingOutcomes;
import org.acd.ivr.testing.ScriptedChannel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A database directory that is down or stuck: the retail caller still reaches a queue, as a standard caller. */
final class DirectoryOutageTest {

    private static final String IDA_PLATINUM = "+4930555010";

    private final AcdConfig config = ConfigLoader.load(RetailFlowTest.RETAIL);
    private final ExecutorService jdbcThreads = Executors.newFixedThreadPool(2);
    private final CountDownLatch databaseStuck = new CountDownLatch(1);
    private final RecordingOutcomes outcomes = new RecordingOutcomes();
    private final RecordingHandoff handoff = new RecordingHandoff();

    @AfterEach
    void release() {
        databaseStuck.countDown();
        jdbcThreads.shutdownNow();
    }

    private FlowExit call(JdbcCallerDirectory directory) {
        IvrSettings configured = IvrSettings.from(config);
        IvrSettings quickLookups = new IvrSettings(configured.defaultTier(), configured.tiers(), 200,
                configured.firstDigitTimeoutMs(), configured.interDigitTimeoutMs(), configured.calendar());
        IvrServices services = new IvrServices(directory,
                queue -> CompletableFuture.completedFuture(new QueueInsight.QueueStatus(0, 1)), handoff, outcomes,
                Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC), Runnable::run);
        FlowEngine engine = new FlowEngine(config.ivr(), quickLookups, services);
        return FlowHarness.await(engine.start(1, IDA_PLATINUM, new ScriptedChannel().press("0")));
    }

    @Test
    void shouldQueueTheCallerWhenTheDatabaseIsDown() {
        FlowExit exit = call(new JdbcCallerDirectory(() -> {
            throw new SQLException("connection refused");
        }, jdbcThreads, 1));

        assertEquals(new FlowExit(IvrExit.QUEUED, "main", "orders_queue"), exit);
        assertEquals("standard", handoff.queued().get(0).tierId(), "unknown while the directory is down");
        assertEquals(List.of("lookup identify CALLER_ID FAILED"), outcomes.starting("lookup"));
    }

    @Test
    void shouldQueueTheCallerWhenTheDatabaseDoesNotAnswerInTime() {
        FlowExit exit = call(new JdbcCallerDirectory(() -> {
            try {
                databaseStuck.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            throw new SQLException("gave up");
        }, jdbcThreads, 1));

        assertEquals(new FlowExit(IvrExit.QUEUED, "main", "orders_queue"), exit);
        assertEquals(List.of("lookup identify CALLER_ID TIMED_OUT"), outcomes.starting("lookup"));
        assertEquals(List.of("problem identify: caller_id lookup timed out after 200 ms"), outcomes.starting("problem"));
    }
}
