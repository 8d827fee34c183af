package org.acd.core.reporting.queuelog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.acd.core.api.AgentState;
import org.acd.core.api.CallState;
import org.acd.core.api.ExitAction;
import org.acd.core.api.ExitReason;
import org.acd.core.api.Party;
import org.junit.jupiter.api.Test;

final class QueueLogWriterTest {

    private static final long T0 = 1_700_000_000_000L;

    private final StringBuilder out = new StringBuilder();
    private final QueueLogWriter log = new QueueLogWriter(out, callId -> callId == 7 ? "+15550107" : null);

    private List<String> lines() {
        return out.toString().lines().toList();
    }

    private String last() {
        List<String> lines = lines();
        return lines.get(lines.size() - 1);
    }

    @Test
    void shouldWriteEnterQueueWithTheCallerIdAndPosition() {
        log.callEnteredQueue(T0, 7, "sales", "gold", 3);
        log.callEnteredQueue(T0 + 999, 8, "sales", "gold", 4);

        assertEquals(List.of("1700000000|7|sales|NONE|ENTERQUEUE||+15550107|3",
                "1700000000|8|sales|NONE|ENTERQUEUE|||4"), lines());
    }

    @Test
    void shouldWriteConnectWithHoldTimeAndRingTime() {
        log.callEnteredQueue(T0, 7, "sales", "gold", 1);
        log.callOffered(T0 + 10_000, 7, "sales", "a1");
        log.callAnswered(T0 + 14_500, 7, "sales", "a1", 14_500);

        assertEquals("1700000014|7|sales|a1|CONNECT|14||4", last());
    }

    @Test
    void shouldWriteCompleteCallerWithHoldTalkAndOriginalPosition() {
        log.callEnteredQueue(T0, 7, "sales", "gold", 2);
        log.callAnswered(T0 + 5_000, 7, "sales", "a1", 5_000);
        log.callCompleted(T0 + 65_000, 7, "sales", "a1", 60_000, Party.CALLER);

        assertEquals("1700000065|7|sales|a1|COMPLETECALLER|5|60|2", last());
    }

    @Test
    void shouldWriteCompleteAgentWhenTheAgentHungUp() {
        log.callEnteredQueue(T0, 7, "sales", "gold", 1);
        log.callAnswered(T0 + 1_000, 7, "sales", "a1", 1_000);
        log.callCompleted(T0 + 31_000, 7, "sales", "a1", 30_000, Party.AGENT);

        assertEquals("1700000031|7|sales|a1|COMPLETEAGENT|1|30|1", last());
    }

    @Test
    void shouldWriteAbandonWithPositionOriginalPositionAndWait() {
        log.callEnteredQueue(T0, 7, "sales", "gold", 5);
        log.callAbandoned(T0 + 42_000, 7, "sales", 42_000, 2, false);

        assertEquals("1700000042|7|sales|NONE|ABANDON|2|5|42", last());
    }

    @Test
    void shouldWriteExitWithTimeoutWhenMaxWaitRunsOut() {
        log.callEnteredQueue(T0, 7, "sales", "gold", 1);
        log.callExited(T0 + 300_000, 7, "sales", 300_000, CallState.TIMED_OUT, ExitReason.MAX_WAIT,
                ExitAction.VOICEMAIL, "vm");

        assertEquals("1700000300|7|sales|NONE|EXITWITHTIMEOUT|1|1|300", last());
    }

    @Test
    void shouldWriteExitEmptyWhenNoAgentCanTakeTheCall() {
        log.callEnteredQueue(T0, 7, "sales", "gold", 1);
        log.callExited(T0, 7, "sales", 0, CallState.OVERFLOWED, ExitReason.NO_AGENTS, ExitAction.HANGUP, "");

        assertEquals("1700000000|7|sales|NONE|EXITEMPTY|1|1|0", last());
    }

    @Test
    void shouldWriteAMoveAsAnExitFromOneQueueAndAnEntryInTheNext() {
        log.callEnteredQueue(T0, 7, "returns", "gold", 2);
        log.callOverflowed(T0 + 60_000, 7, "returns", "orders", ExitReason.OVERFLOW_STEP);
        log.callEnteredQueue(T0 + 60_000, 7, "orders", "gold", 1);
        log.callAbandoned(T0 + 70_000, 7, "orders", 70_000, 1, false);

        assertEquals(List.of("1700000000|7|returns|NONE|ENTERQUEUE||+15550107|2",
                "1700000060|7|returns|NONE|EXITWITHTIMEOUT|2|2|60",
                "1700000060|7|orders|NONE|ENTERQUEUE||+15550107|1",
                "1700000070|7|orders|NONE|ABANDON|1|2|70"), lines());
    }

    @Test
    void shouldWriteRingNoAnswerWithTheRingTimeInMilliseconds() {
        log.ringNoAnswer(T0 + 15_000, 7, "sales", "a1", 15_000);

        assertEquals("1700000015|7|sales|a1|RINGNOANSWER|15000", last());
    }

    @Test
    void shouldWriteAgentLoginPauseUnpauseAndLogoff() {
        log.agentStateChanged(T0, "a1", AgentState.READY, "");
        log.agentStateChanged(T0 + 10_000, "a1", AgentState.NOT_READY, "lunch");
        log.agentStateChanged(T0 + 20_000, "a1", AgentState.READY, "");
        log.agentStateChanged(T0 + 30_000, "a1", AgentState.ON_CALL, "");
        log.agentStateChanged(T0 + 90_000, "a1", AgentState.LOGGED_OUT, "");

        assertEquals(List.of("1700000000|NONE|NONE|a1|AGENTLOGIN|a1",
                "1700000010|NONE|NONE|a1|PAUSEALL|lunch",
                "1700000020|NONE|NONE|a1|UNPAUSEALL|",
                "1700000090|NONE|NONE|a1|AGENTLOGOFF|a1|90"), lines());
    }

    @Test
    void shouldWriteNothingForRejectedEventsOrOffers() {
        log.eventRejected(T0, "unknown call");
        log.callOffered(T0, 9, "sales", "a1");

        assertEquals("", out.toString());
    }

    @Test
    void shouldWriteOnlyTheLinesInsideTheWindowKeepingHoldTimesFromBeforeIt() {
        StringBuilder window = new StringBuilder();
        QueueLogWriter windowed = new QueueLogWriter(window, callId -> null, T0 + 10_000, T0 + 20_000);
        windowed.callEnteredQueue(T0, 7, "sales", "gold", 2);
        windowed.callOffered(T0 + 12_000, 7, "sales", "a1");
        windowed.callAnswered(T0 + 15_000, 7, "sales", "a1", 15_000);
        windowed.callCompleted(T0 + 20_000, 7, "sales", "a1", 5_000, Party.CALLER);

        assertEquals(List.of("1700000015|7|sales|a1|CONNECT|15||3"), window.toString().lines().toList());
    }
}
