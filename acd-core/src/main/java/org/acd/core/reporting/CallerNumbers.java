package org.acd.core.reporting;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongFunction;
import net.openhft.chronicle.queue.ExcerptTailer;
import org.acd.core.api.AcdEvents;
import org.acd.core.api.CallbackFailure;
import org.acd.core.api.ConfigReload;
import org.acd.core.api.ExitAction;
import org.acd.core.api.QueueRequest;
import org.acd.core.journal.Journal;
import org.acd.core.journal.JournalDurability;
import org.acd.core.journal.SkippingReader;
import org.agrona.collections.Long2ObjectHashMap;

/**
 * Fills in the caller numbers of abandoned calls from the events journal: the outcomes do not hold
 * them, the {@code callQueued} events do. Reads the whole events queue once, keeping the numbers of
 * the calls asked for, or of every call. Runs on the caller's thread.
 */
public final class CallerNumbers {

    private CallerNumbers() {
    }

    /** The calls, in the same order, each with the number it was queued with (left empty when not journaled). */
    public static List<AbandonedCall> fill(Path journalDirectory, List<AbandonedCall> calls) {
        Long2ObjectHashMap<String> numbers = new Long2ObjectHashMap<>();
        calls.forEach(call -> numbers.put(call.callId(), ""));
        read(journalDirectory, new QueuedCallers(numbers, false));
        List<AbandonedCall> filled = new ArrayList<>(calls.size());
        calls.forEach(call -> filled.add(call.withCallerNumber(numbers.get(call.callId()))));
        return filled;
    }

    /** The number every journaled call was queued with, by call id; null for a call not in the events journal. */
    public static LongFunction<String> all(Path journalDirectory) {
        Long2ObjectHashMap<String> numbers = new Long2ObjectHashMap<>();
        read(journalDirectory, new QueuedCallers(numbers, true));
        return numbers::get;
    }

    private static void read(Path journalDirectory, QueuedCallers callers) {
        try (Journal journal = new Journal(journalDirectory, JournalDurability.PAGE_CACHE)) {
            ExcerptTailer tailer = journal.eventTailer();
            new SkippingReader("events", tailer, tailer.methodReader(callers)).readAll();
        }
    }

    /**
     * Takes the number of each wanted call (a key of {@code numbers} mapped to "", or any call when
     * {@code everyCall}) from its first {@code callQueued}; every other event passes by.
     */
    private static final class QueuedCallers implements AcdEvents {
        private final Long2ObjectHashMap<String> numbers;
        private final boolean everyCall;

        QueuedCallers(Long2ObjectHashMap<String> numbers, boolean everyCall) {
            this.numbers = numbers;
            this.everyCall = everyCall;
        }

        @Override
        public void callQueued(long nowMs, long callId, String queueId, String tierId, String callerNumber,
                               QueueRequest request) {
            if (callerNumber == null) {
                return;
            }
            String known = numbers.get(callId);
            if (known == null ? everyCall : known.isEmpty()) {
                numbers.put(callId, callerNumber);
            }
        }

        @Override
        public void callbackRequested(long nowMs, long callId, String numberToCall) {
        }

        @Override
        public void callbackAnswered(long nowMs, long callId) {
        }

        @Override
        public void callbackFailed(long nowMs, long callId, CallbackFailure reason) {
        }

        @Override
        public void callMoved(long nowMs, long callId, String queueId) {
        }

        @Override
        public void callPriorityChanged(long nowMs, long callId, int priority) {
        }

        @Override
        public void callSentOut(long nowMs, long callId, ExitAction action, String target) {
        }

        @Override
        public void callerHungUp(long nowMs, long callId) {
        }

        @Override
        public void agentHungUp(long nowMs, long callId) {
        }

        @Override
        public void agentAnswered(long nowMs, String agentId, long callId) {
        }

        @Override
        public void offerFailed(long nowMs, String agentId, long callId) {
        }

        @Override
        public void agentLoggedIn(long nowMs, String agentId) {
        }

        @Override
        public void agentLoggedOut(long nowMs, String agentId) {
        }

        @Override
        public void agentReady(long nowMs, String agentId) {
        }

        @Override
        public void agentNotReady(long nowMs, String agentId, String reason) {
        }

        @Override
        public void agentDeviceChanged(long nowMs, String agentId, boolean reachable) {
        }

        @Override
        public void configReloaded(long nowMs, ConfigReload reload) {
        }

        @Override
        public void timeAdvanced(long nowMs) {
        }
    }
}
