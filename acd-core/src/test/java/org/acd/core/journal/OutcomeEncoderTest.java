package org.acd.core.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.openhft.chronicle.bytes.MethodReader;
import net.openhft.chronicle.queue.ChronicleQueue;
import net.openhft.chronicle.queue.ExcerptTailer;
import net.openhft.chronicle.queue.RollCycles;
import org.acd.core.api.AgentState;
import org.acd.core.api.CallState;
import org.acd.core.api.CallbackFailure;
import org.acd.core.api.ExitAction;
import org.acd.core.api.ExitReason;
import org.acd.core.api.Party;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class OutcomeEncoderTest {

    @TempDir
    Path directory;

    @Test
    void shouldWriteEveryOutcomeAsChroniclesGeneratedWriterDoes() {
        List<String> encoded;
        try (Journal journal = new Journal(directory.resolve("encoded"), JournalDurability.PAGE_CACHE)) {
            Journal.OutcomeAppender appender = journal.outcomeAppender();
            appender.beginRecord();
            writeEveryOutcome(appender.writer());
            appender.endRecord();
            encoded = readAll(journal.outcomeTailer());
        }
        List<String> generated;
        try (ChronicleQueue queue = ChronicleQueue.singleBuilder(directory.resolve("generated"))
                .rollCycle(RollCycles.FAST_DAILY).build()) {
            writeEveryOutcome(queue.methodWriter(JournaledOutcomes.class));
            generated = readAll(queue.createTailer());
        }

        assertEquals(17, generated.size());
        assertEquals(generated, encoded);
    }

    @Test
    void shouldRefuseAnOutcomeOutsideARecord() {
        try (Journal journal = new Journal(directory, JournalDurability.PAGE_CACHE)) {
            JournaledOutcomes writer = journal.outcomeAppender().writer();

            assertThrows(IllegalStateException.class, () -> writer.eventRejected(1_000, "no record"));
        }
    }

    private static void writeEveryOutcome(JournaledOutcomes writer) {
        writer.causedBy(42);
        writer.callEnteredQueue(1_000, 7, "support", "gold", 3);
        writer.callOffered(1_001, 7, "support", "a1");
        writer.callAnswered(1_002, 7, "support", "a1", 2_000);
        writer.callCompleted(1_003, 7, "support", "a1", 60_000, Party.CALLER);
        writer.callAbandoned(1_004, 8, "support", 4_000, 2, true);
        writer.callExited(1_005, 9, "billing", 30_000, CallState.TIMED_OUT, ExitReason.MAX_WAIT, ExitAction.VOICEMAIL,
                "vm-billing");
        writer.callExited(1_006, 10, "billing", 0, CallState.OVERFLOWED, ExitReason.NO_AGENTS, ExitAction.HANGUP,
                null);
        writer.callOverflowed(1_007, 11, "returns", "orders", ExitReason.OVERFLOW_STEP);
        writer.ringNoAnswer(1_008, 12, "orders", "a2", 4_000);
        writer.agentStateChanged(1_009, "a2", AgentState.NOT_READY, "RONA");
        writer.eventRejected(1_010, "agentReady: unknown agent 'zz'");
        writer.callbackRequested(1_011, 13, "orders", 9_000, 4);
        writer.callbackAttempted(1_012, 13, "orders", "a3", 1);
        writer.callbackAnswered(1_013, 13, "orders", "a3", 1);
        writer.callbackAttemptFailed(1_014, 13, "orders", "a3", 2, CallbackFailure.BUSY, 61_014);
        writer.callbackFailed(1_015, 13, "orders", 70_000, 3);
    }

    /** Every outcome as its method name and arguments, read by a Chronicle method reader. */
    private static List<String> readAll(ExcerptTailer tailer) {
        List<String> read = new ArrayList<>();
        JournaledOutcomes recorder = (JournaledOutcomes) Proxy.newProxyInstance(
                JournaledOutcomes.class.getClassLoader(), new Class<?>[]{JournaledOutcomes.class},
                (proxy, method, args) -> {
                    if (method.getDeclaringClass() != Object.class) {
                        read.add(method.getName() + Arrays.toString(args));
                    }
                    return null;
                });
        MethodReader reader = tailer.methodReader(recorder);
        while (reader.readOne()) {
            // read to the end
        }
        return read;
    }
}
