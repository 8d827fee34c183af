package org.acd.server.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.acd.config.ConfigLoader;
import org.acd.core.api.AcdCommands;
import org.acd.core.api.CallState;
import org.acd.core.api.ExitAction;
import org.acd.core.runtime.AcdRuntime;
import org.acd.core.runtime.RuntimeOptions;
import org.acd.core.view.EngineSnapshot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class DemoSessionTest {

    private static final long SEED = 7;
    private static final int ANSWERED_BEFORE_STOP = 3;
    /** Generous: a demo call takes a few seconds, longer on a busy build machine. */
    private static final Duration DEADLINE = Duration.ofSeconds(90);
    private static final long POLL_EVERY_MS = 200;
    private static final long SNAPSHOT_TIMEOUT_S = 30;

    /** A replay issues no commands, and no live event follows it here. */
    private static final AcdCommands NO_COMMANDS_EXPECTED = new AcdCommands() {
        @Override
        public void offerCall(long callId, String agentId, String endpoint) {
            throw new AssertionError("offerCall during replay");
        }

        @Override
        public void cancelOffer(long callId, String agentId) {
            throw new AssertionError("cancelOffer during replay");
        }

        @Override
        public void connectCall(long callId, String agentId) {
            throw new AssertionError("connectCall during replay");
        }

        @Override
        public void exitQueue(long callId, ExitAction action, String target) {
            throw new AssertionError("exitQueue during replay");
        }

        @Override
        public void placeCallback(long callId, String agentId, String endpoint, String numberToCall) {
            throw new AssertionError("placeCallback during replay");
        }

        @Override
        public void announcePosition(long callId, int position, long estimatedWaitSeconds) {
            throw new AssertionError("announcePosition during replay");
        }

        @Override
        public void offerCallback(long callId) {
            throw new AssertionError("offerCallback during replay");
        }
    };

    @TempDir
    Path temp;

    private final StringWriter console = new StringWriter();

    @Test
    void shouldAccountInTheJournalForEveryCallerThatArrived() throws Exception {
        Path journal = temp.resolve("journal");
        DemoSession session = new DemoSession(Optional.of(journal), SEED, new PrintWriter(console, true), Optional.empty());
        DemoResult result;
        try {
            session.start();
            awaitAnsweredCalls(journal, ANSWERED_BEFORE_STOP);
        } finally {
            result = session.stop().orElseThrow();
        }
        JournalSummary summary = result.summary();
        EngineSnapshot engine = replayed(journal);

        assertTrue(summary.callsAnswered() >= ANSWERED_BEFORE_STOP, () -> "answered " + summary.callsAnswered());
        assertEquals(result.callsArrived(), summary.callsOffered(), "every caller entered a queue");
        assertEquals(0, summary.callsEndedTwice(), "calls with two endings");
        assertEquals(summary.callsOffered(), summary.callsAnswered() + summary.callsAbandoned()
                + summary.callsExited() + summary.callsStillWaiting());
        assertEquals(countCalls(engine, CallState.QUEUED) + countCalls(engine, CallState.OFFERED),
                summary.callsStillWaiting(), "calls the engine still had waiting");
        assertEquals(countCalls(engine, CallState.CONNECTED), summary.callsStillConnected(),
                "calls the engine still had connected");
        assertTrue(console.toString().contains("answered   by "), console::toString);
        assertTrue(console.toString().contains("Summary, read back from the outcomes journal"), console::toString);
    }

    @Test
    void shouldDeleteATemporaryJournalWhenStopped() throws InterruptedException {
        DemoSession session = new DemoSession(Optional.empty(), SEED, new PrintWriter(console, true),
                Optional.empty());
        session.start();
        Path journal = session.journalDirectory();
        assertTrue(Files.isDirectory(journal.resolve("outcomes")));

        session.stop();

        assertFalse(Files.exists(journal), () -> journal + " still exists");
    }

    private static void awaitAnsweredCalls(Path journal, int answered) throws InterruptedException {
        long deadlineNs = System.nanoTime() + DEADLINE.toNanos();
        while (JournalSummary.readFrom(journal).callsAnswered() < answered) {
            if (System.nanoTime() > deadlineNs) {
                throw new AssertionError("fewer than " + answered + " calls answered within " + DEADLINE);
            }
            Thread.sleep(POLL_EVERY_MS);
        }
    }

    /** The engine's state at the end of the run, rebuilt from the events journal as a restart would. */
    private static EngineSnapshot replayed(Path journal) throws Exception {
        try (AcdRuntime runtime = AcdRuntime.start(ConfigLoader.retailExample().routing(), RuntimeOptions.defaults(journal),
                NO_COMMANDS_EXPECTED)) {
            return runtime.snapshot().get(SNAPSHOT_TIMEOUT_S, TimeUnit.SECONDS);
        }
    }

    private static long countCalls(EngineSnapshot snapshot, CallState state) {
        return snapshot.calls().stream().filter(call -> call.state() == state).count();
    }
}
