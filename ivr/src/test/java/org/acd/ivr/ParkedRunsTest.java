package org.acd.ivr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.acd.config.ConfigLoader;
import org.acd.config.model.AcdConfig;
import org.acd.ivr.directory.CallerDirectories;
import org.acd.ivr.testing.RecordingHandoff;
import org.acd.ivr.testing.RecordingOutcomes;
import org.acd.ivr.testing.ScriptedChannel;
import org.junit.jupiter.api.Test;

/** Callers waiting for keys cost memory, not threads: the whole IVR runs on one thread. */
final class ParkedRunsTest {

    private static final int CALLS = 10_000;

    @Test
    void shouldParkTenThousandCallersAtTheMainMenuOnOneThreadAndServeThemAll() throws Exception {
        AcdConfig config = ConfigLoader.load(RetailFlowTest.RETAIL);
        AtomicInteger threadsMade = new AtomicInteger();
        ExecutorService ivrThread = Executors.newSingleThreadExecutor(task -> {
            threadsMade.incrementAndGet();
            return new Thread(task, "ivr");
        });
        RecordingHandoff handoff = new RecordingHandoff();
        IvrServices services = new IvrServices(CallerDirectories.of(config.callerDirectory().orElseThrow(), Runnable::run),
                queue -> CompletableFuture.completedFuture(new QueueInsight.QueueStatus(0, 1)), handoff,
                new RecordingOutcomes(), Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC), ivrThread);
        FlowEngine engine = FlowEngine.of(config, services);
        CountDownLatch allWaiting = new CountDownLatch(CALLS);
        List<ScriptedChannel> channels = new ArrayList<>();
        List<CompletionStage<FlowExit>> runs = new ArrayList<>();
        try {
            for (int call = 0; call < CALLS; call++) {
                ScriptedChannel channel = new ScriptedChannel().onParked(allWaiting::countDown);
                channels.add(channel);
                runs.add(engine.start(call + 1, "+1555" + call, channel));
            }

            assertTrue(allWaiting.await(60, TimeUnit.SECONDS), "every caller reaches the main menu's wait");
            assertEquals("free", ivrThread.submit(() -> "free").get(60, TimeUnit.SECONDS),
                    "no waiting caller holds the flow thread");
            assertEquals(1, threadsMade.get());
            assertTrue(runs.stream().noneMatch(run -> run.toCompletableFuture().isDone()));

            channels.forEach(channel -> channel.press("2"));
            CompletableFuture.allOf(runs.stream().map(CompletionStage::toCompletableFuture)
                    .toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);

            assertEquals(CALLS, handoff.queued().size());
            assertTrue(handoff.queued().stream().allMatch(request -> request.queueId().equals("returns")));
            assertEquals(1, threadsMade.get());
        } finally {
            ivrThread.shutdownNow();
        }
    }
}
