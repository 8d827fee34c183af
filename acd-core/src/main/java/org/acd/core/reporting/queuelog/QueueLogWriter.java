package org.acd.core.reporting.queuelog;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.LongFunction;
import org.acd.core.api.AgentState;
import org.acd.core.api.CallState;
import org.acd.core.api.CallbackFailure;
import org.acd.core.api.ExitAction;
import org.acd.core.api.ExitReason;
import org.acd.core.api.Party;
import org.acd.core.journal.JournaledOutcomes;
import org.agrona.collections.Long2ObjectHashMap;
import org.agrona.collections.Object2LongHashMap;

/**
 * Writes the outcome stream as Asterisk's {@code queue_log}, one line per queue event,
 * {@code epoch|callid|queue|agent|EVENT|data...}, so existing queue_log reporting tools read our
 * data. Times are epoch seconds, durations whole seconds (truncated), except RINGNOANSWER's ring
 * time, in milliseconds as Asterisk writes it. The call id stands for Asterisk's channel unique id.
 *
 * <ul>
 *   <li>ENTERQUEUE(url|callerid|position): the url is empty; the caller id comes from
 *       {@code callerNumbers} (the events journal), empty when unknown.</li>
 *   <li>CONNECT(holdtime|bridgedchanneluniqueid|ringtime): the agent's channel id is not journaled
 *       and is left empty; ring time runs from the last offer.</li>
 *   <li>COMPLETECALLER / COMPLETEAGENT(holdtime|calltime|origposition), by who hung up.</li>
 *   <li>ABANDON(position|origposition|waittime).</li>
 *   <li>EXITWITHTIMEOUT / EXITEMPTY(position|origposition|waittime): timeout for max wait and
 *       overflow steps, empty for no agents and a full queue. The position at exit is not
 *       journaled; the entry position is written. A move to another queue writes the exit from the
 *       first queue, then ENTERQUEUE in the next, as app_queue would.</li>
 *   <li>RINGNOANSWER(ringtime ms), with the agent.</li>
 *   <li>EXITWITHKEY(key|position|origposition|waittime) when the caller accepts a callback, with
 *       the key {@code callback}: the caller leaves the queue as app_queue's caller who keys out
 *       does. The callback's later steps have no queue_log event and write nothing; a delivered
 *       callback writes its CONNECT and COMPLETE lines like any answered call.</li>
 *   <li>AGENTLOGIN(channel), AGENTLOGOFF(channel|logintime), PAUSEALL(reason), UNPAUSEALL, in
 *       queue NONE: agent states are not per queue here.</li>
 * </ul>
 *
 * A writer made with a time window writes only the lines of outcomes inside it, with what those
 * lines carry (hold times, original positions) still taken from the outcomes before it.
 *
 * <p>Not thread-safe: one thread feeds it, typically a journal reader ({@code JournalKpis.readInto}).
 */
public final class QueueLogWriter implements JournaledOutcomes {

    private static final String NONE = "NONE";

    private final Appendable out;
    private final LongFunction<String> callerNumbers;
    private final long fromMs;
    private final long untilMs;
    private final Long2ObjectHashMap<QueuedCall> calls = new Long2ObjectHashMap<>();
    private final Object2LongHashMap<String> loginMs = new Object2LongHashMap<>(Long.MIN_VALUE);
    private final Object2LongHashMap<String> pausedAgents = new Object2LongHashMap<>(Long.MIN_VALUE);
    private final StringBuilder line = new StringBuilder(128);

    /** {@code callerNumbers} gives the caller id of a call, or null or empty when it is not known. */
    public QueueLogWriter(Appendable out, LongFunction<String> callerNumbers) {
        this(out, callerNumbers, Long.MIN_VALUE, Long.MAX_VALUE);
    }

    /** Writes only the lines of outcomes at or after {@code fromMs} and before {@code untilMs}. */
    public QueueLogWriter(Appendable out, LongFunction<String> callerNumbers, long fromMs, long untilMs) {
        this.out = out;
        this.callerNumbers = callerNumbers;
        this.fromMs = fromMs;
        this.untilMs = untilMs;
    }

    @Override
    public void causedBy(long eventIndex) {
        // queue_log has no notion of the event behind a line
    }

    @Override
    public void callEnteredQueue(long nowMs, long callId, String queueId, String tierId, int position) {
        QueuedCall call = calls.get(callId);
        if (call == null) {
            calls.put(callId, new QueuedCall(nowMs, position));
        }
        String caller = callerNumbers.apply(callId);
        write(nowMs, callId, queueId, NONE, "ENTERQUEUE", "", caller == null ? "" : caller, Integer.toString(position));
    }

    @Override
    public void callOffered(long nowMs, long callId, String queueId, String agentId) {
        QueuedCall call = calls.get(callId);
        if (call != null) {
            call.offeredMs = nowMs;
        }
    }

    @Override
    public void callAnswered(long nowMs, long callId, String queueId, String agentId, long waitMs) {
        QueuedCall call = calls.get(callId);
        long ringMs = call == null || call.offeredMs == Long.MIN_VALUE ? 0 : nowMs - call.offeredMs;
        if (call != null) {
            call.holdMs = waitMs;
        }
        write(nowMs, callId, queueId, agentId, "CONNECT", seconds(waitMs), "", seconds(ringMs));
    }

    @Override
    public void callCompleted(long nowMs, long callId, String queueId, String agentId, long talkMs, Party endedBy) {
        QueuedCall call = calls.remove(callId);
        String event = endedBy == Party.AGENT ? "COMPLETEAGENT" : "COMPLETECALLER";
        write(nowMs, callId, queueId, agentId, event, call == null ? "0" : seconds(call.holdMs), seconds(talkMs),
                call == null ? "0" : Integer.toString(call.origPosition));
    }

    @Override
    public void callAbandoned(long nowMs, long callId, String queueId, long waitMs, int position,
                              boolean whileRinging) {
        QueuedCall call = calls.remove(callId);
        write(nowMs, callId, queueId, NONE, "ABANDON", Integer.toString(position), origPosition(call, position),
                seconds(waitMs));
    }

    @Override
    public void callExited(long nowMs, long callId, String queueId, long waitMs, CallState finalState,
                           ExitReason reason, ExitAction action, String target) {
        QueuedCall call = calls.remove(callId);
        String position = origPosition(call, 1);
        write(nowMs, callId, queueId, NONE, exitEvent(reason), position, position, seconds(waitMs));
    }

    @Override
    public void callOverflowed(long nowMs, long callId, String fromQueueId, String toQueueId, ExitReason reason) {
        QueuedCall call = calls.get(callId);
        String position = origPosition(call, 1);
        write(nowMs, callId, fromQueueId, NONE, exitEvent(reason), position, position,
                call == null ? "0" : seconds(nowMs - call.enteredMs));
    }

    @Override
    public void ringNoAnswer(long nowMs, long callId, String queueId, String agentId, long ringMs) {
        write(nowMs, callId, queueId, agentId, "RINGNOANSWER", Long.toString(ringMs));
    }

    @Override
    public void callbackRequested(long nowMs, long callId, String queueId, long waitMs, int position) {
        QueuedCall call = calls.get(callId);
        write(nowMs, callId, queueId, NONE, "EXITWITHKEY", "callback", Integer.toString(position),
                origPosition(call, position), seconds(waitMs));
    }

    @Override
    public void callbackAttempted(long nowMs, long callId, String queueId, String agentId, int attempt) {
        QueuedCall call = calls.get(callId);
        if (call != null) {
            call.offeredMs = nowMs;
        }
    }

    @Override
    public void callbackAnswered(long nowMs, long callId, String queueId, String agentId, int attempt) {
        // no queue_log event: the agent's ring and answer that follow are written as for any call
    }

    @Override
    public void callbackAttemptFailed(long nowMs, long callId, String queueId, String agentId, int attempt,
                                      CallbackFailure reason, long retryAtMs) {
        // no queue_log event for a callback attempt
    }

    @Override
    public void callbackFailed(long nowMs, long callId, String queueId, long waitMs, int attempts) {
        calls.remove(callId);
    }

    @Override
    public void agentStateChanged(long nowMs, String agentId, AgentState state, String reason) {
        boolean loggedIn = loginMs.containsKey(agentId);
        if (state == AgentState.LOGGED_OUT) {
            if (loggedIn) {
                long since = loginMs.removeKey(agentId);
                pausedAgents.removeKey(agentId);
                write(nowMs, 0, NONE, agentId, "AGENTLOGOFF", agentId, seconds(nowMs - since));
            }
            return;
        }
        if (!loggedIn) {
            loginMs.put(agentId, nowMs);
            write(nowMs, 0, NONE, agentId, "AGENTLOGIN", agentId);
        }
        boolean paused = pausedAgents.containsKey(agentId);
        if (state == AgentState.NOT_READY && !paused) {
            pausedAgents.put(agentId, nowMs);
            write(nowMs, 0, NONE, agentId, "PAUSEALL", reason == null ? "" : reason);
        } else if (state != AgentState.NOT_READY && paused) {
            pausedAgents.removeKey(agentId);
            write(nowMs, 0, NONE, agentId, "UNPAUSEALL", "");
        }
    }

    @Override
    public void eventRejected(long nowMs, String reason) {
        // A rejected event changed nothing a queue_log reader knows of.
    }

    private static String exitEvent(ExitReason reason) {
        return reason == ExitReason.MAX_WAIT || reason == ExitReason.OVERFLOW_STEP ? "EXITWITHTIMEOUT" : "EXITEMPTY";
    }

    private static String origPosition(QueuedCall call, int otherwise) {
        return Integer.toString(call == null ? otherwise : call.origPosition);
    }

    private static String seconds(long ms) {
        return Long.toString(ms / 1000);
    }

    /** Writes one line; call id 0 is written NONE, as Asterisk does for lines of no call. */
    private void write(long nowMs, long callId, String queue, String agent, String event, String... data) {
        if (nowMs < fromMs || nowMs >= untilMs) {
            return;
        }
        line.setLength(0);
        line.append(Math.floorDiv(nowMs, 1000)).append('|');
        if (callId == 0) {
            line.append(NONE);
        } else {
            line.append(callId);
        }
        line.append('|').append(queue).append('|').append(agent).append('|').append(event);
        for (String field : data) {
            line.append('|').append(field);
        }
        line.append('\n');
        try {
            out.append(line);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the queue_log", e);
        }
    }

    /** What later lines of a call need from its first queue entry. */
    private static final class QueuedCall {
        final long enteredMs;
        final int origPosition;
        long offeredMs = Long.MIN_VALUE;
        long holdMs;

        QueuedCall(long enteredMs, int origPosition) {
            this.enteredMs = enteredMs;
            this.origPosition = origPosition;
        }
    }
}
