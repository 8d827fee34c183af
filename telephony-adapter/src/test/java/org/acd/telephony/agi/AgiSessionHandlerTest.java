package org.acd.telephony.agi;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.LineBasedFrameDecoder;
import io.netty.handler.codec.string.StringDecoder;
import io.netty.handler.codec.string.StringEncoder;
import io.netty.handler.timeout.IdleStateEvent;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.acd.telephony.testing.CapturingScript;
import org.asteriskjava.fastagi.command.ExecCommand;
import org.asteriskjava.fastagi.command.GetDataCommand;
import org.asteriskjava.fastagi.command.HangupCommand;
import org.junit.jupiter.api.Test;

/** The FastAGI pipeline as {@link FastAgiServer} builds it, driven through an {@link EmbeddedChannel}. */
final class AgiSessionHandlerTest {

    private static final int MAX_LINE_LENGTH = 256;
    private static final int MAX_ENVIRONMENT_LINES = 16;

    private final AgiCounters counters = new AgiCounters();
    private final CapturingScript script = new CapturingScript();
    private final EmbeddedChannel channel = new EmbeddedChannel(
            new LineBasedFrameDecoder(MAX_LINE_LENGTH),
            new StringDecoder(UTF_8),
            new StringEncoder(UTF_8),
            new AgiSessionHandler(new AgiScripts(Map.of("agent-answered", script)), counters,
                    MAX_ENVIRONMENT_LINES));

    @Test
    void shouldRunTheNamedScriptOnceTheBlankLineArrives() {
        receive("agi_network: yes", "agi_network_script: agent-answered?x=1",
                "agi_channel: PJSIP/agent1-0000002a", "agi_uniqueid: acd-offer-7-1-agent1");
        assertEquals(0, script.runs());

        receive("");

        assertEquals(1, script.runs());
        AgiRequest request = session().request();
        assertEquals("PJSIP/agent1-0000002a", request.channel());
        assertEquals("acd-offer-7-1-agent1", request.uniqueId());
        assertEquals("1", request.parameter("x"));
        assertTrue(channel.isActive());
        assertEquals(1, counters.activeSessions());
    }

    @Test
    void shouldReassembleLinesSplitAcrossReads() {
        channel.writeInbound(Unpooled.copiedBuffer("agi_network_script: agent-ans", UTF_8));
        channel.writeInbound(Unpooled.copiedBuffer("wered\r\nagi_channel: PJSIP/agent1-0000002a\n\n", UTF_8));

        assertEquals("PJSIP/agent1-0000002a", session().request().channel());
    }

    @Test
    void shouldWriteACommandAsAsteriskJavaBuildsItOnOneLine() {
        startSession();

        session().send(new GetDataCommand("beep", 5000, 1));
        channel.runPendingTasks();

        assertEquals("GET DATA \"beep\" 5000 1\n", written());
    }

    @Test
    void shouldQuoteTheApplicationAndItsOptionsOfAnExec() {
        startSession();

        session().send(new ExecCommand("Bridge", "PJSIP/trunk-00000001,x"));
        channel.runPendingTasks();

        assertEquals("EXEC \"Bridge\" \"PJSIP/trunk-00000001,x\"\n", written());
    }

    @Test
    void shouldCompleteEachCommandWithItsReply() {
        startSession();
        CompletableFuture<AgiReply> menu = session().send(new GetDataCommand("menu", 5000, 1));
        channel.runPendingTasks();
        written();

        receive("200 result=3");

        assertEquals(new AgiReply(200, "3", ""), menu.getNow(null));
    }

    @Test
    void shouldWriteTheSecondCommandOnlyAfterTheFirstIsAnswered() {
        startSession();
        CompletableFuture<AgiReply> first = session().send(new GetDataCommand("menu", 5000, 1));
        CompletableFuture<AgiReply> second = session().send(new ExecCommand("Bridge", "PJSIP/trunk-00000001,x"));
        channel.runPendingTasks();

        assertEquals("GET DATA \"menu\" 5000 1\n", written());
        assertNull(written());

        receive("200 result= (timeout)");

        assertEquals(new AgiReply(200, "", "timeout"), first.getNow(null));
        assertFalse(second.isDone());
        assertEquals("EXEC \"Bridge\" \"PJSIP/trunk-00000001,x\"\n", written());

        receive("200 result=0");

        assertEquals(new AgiReply(200, "0", ""), second.getNow(null));
    }

    @Test
    void shouldCollectAMultiLineUsageErrorAsTheReplyOfItsCommand() {
        startSession();
        CompletableFuture<AgiReply> bad = session().send(new GetDataCommand("menu", 5000, 1));
        channel.runPendingTasks();

        receive("520-Invalid command syntax.  Proper usage follows:", " Usage: GET DATA", "520 End of proper usage.");

        assertEquals(520, bad.getNow(null).status());
        assertTrue(channel.isActive());
    }

    @Test
    void shouldCompleteTheHangupFutureWhenAsteriskSaysHangup() {
        startSession();
        CompletableFuture<AgiReply> menu = session().send(new GetDataCommand("menu", 5000, 1));
        channel.runPendingTasks();

        receive("HANGUP");

        assertTrue(session().hangup().isDone());
        assertFalse(menu.isDone());
        receive("200 result=-1");
        assertEquals("-1", menu.getNow(null).result());
    }

    @Test
    void shouldFailOutstandingAndWaitingCommandsWhenTheChannelCloses() {
        startSession();
        CompletableFuture<AgiReply> inFlight = session().send(new GetDataCommand("menu", 5000, 1));
        CompletableFuture<AgiReply> waiting = session().send(new HangupCommand());
        channel.runPendingTasks();

        channel.close();

        assertClosedFailure(inFlight);
        assertClosedFailure(waiting);
        assertTrue(session().hangup().isDone());
        assertEquals(0, counters.activeSessions());
    }

    @Test
    void shouldFailACommandSentAfterTheChannelClosed() {
        startSession();
        channel.close();

        CompletableFuture<AgiReply> late = session().send(new HangupCommand());
        channel.runPendingTasks();

        assertClosedFailure(late);
        assertNull(written());
    }

    @Test
    void shouldCloseTheChannelWhenTheScriptClosesTheSession() {
        startSession();

        session().close();

        assertFalse(channel.isOpen());
        assertEquals(1, counters.sessionsOpened());
        assertEquals(0, counters.activeSessions());
    }

    @Test
    void shouldCloseAndCountASessionAskingForAnUnknownScript() {
        receive("agi_network_script: no-such-script?a=b", "agi_channel: PJSIP/trunk-00000001", "");

        assertFalse(channel.isOpen());
        assertEquals(0, script.runs());
        assertEquals(1, counters.unknownScriptSessions());
        assertEquals(0, counters.malformedSessions());
    }

    @Test
    void shouldCloseAndCountASessionWithAMalformedEnvironmentLine() {
        receive("agi_network: yes", "this is not agi");

        assertFalse(channel.isOpen());
        assertEquals(1, counters.malformedSessions());
        assertEquals(0, script.runs());
    }

    @Test
    void shouldCloseAndCountASessionWithTooManyEnvironmentLines() {
        for (int i = 1; i <= MAX_ENVIRONMENT_LINES + 1; i++) {
            receive("agi_arg_" + i + ": x");
        }

        assertFalse(channel.isOpen());
        assertEquals(1, counters.malformedSessions());
    }

    @Test
    void shouldCloseAndCountASessionSendingAnOverLongLine() {
        receive("agi_network: yes", "agi_calleridname: " + "x".repeat(MAX_LINE_LENGTH));

        assertFalse(channel.isOpen());
        assertEquals(1, counters.malformedSessions());
    }

    @Test
    void shouldCloseAndCountASessionSendingAReplyNobodyAskedFor() {
        startSession();

        receive("200 result=1");

        assertFalse(channel.isOpen());
        assertEquals(1, counters.malformedSessions());
    }

    @Test
    void shouldCloseAndCountASessionSendingGarbageInsteadOfAReply() {
        startSession();
        CompletableFuture<AgiReply> menu = session().send(new GetDataCommand("menu", 5000, 1));
        channel.runPendingTasks();

        receive("garbage");

        assertFalse(channel.isOpen());
        assertEquals(1, counters.malformedSessions());
        assertClosedFailure(menu);
    }

    @Test
    void shouldCountAMalformedSessionOnceThoughTheSameReadHeldMoreBadLines() {
        channel.writeInbound(Unpooled.copiedBuffer("GET / HTTP/1.1\r\nHost: x\r\nAccept: */*\r\n\r\n", UTF_8));

        assertFalse(channel.isOpen());
        assertEquals(1, counters.malformedSessions());
    }

    @Test
    void shouldCloseOnlyTheSessionWhoseScriptFails() {
        EmbeddedChannel failing = new EmbeddedChannel(new LineBasedFrameDecoder(MAX_LINE_LENGTH),
                new StringDecoder(UTF_8), new StringEncoder(UTF_8),
                new AgiSessionHandler(new AgiScripts(Map.of("inbound", session -> {
                    throw new IllegalStateException("script bug");
                })), counters, MAX_ENVIRONMENT_LINES));
        startSession();

        failing.writeInbound(Unpooled.copiedBuffer("agi_network_script: inbound\n\n", UTF_8));

        assertFalse(failing.isOpen());
        assertTrue(channel.isActive());
        assertEquals(1, counters.activeSessions());
    }

    @Test
    void shouldCloseAndCountAnIdleSession() {
        receive("agi_network: yes");

        channel.pipeline().fireUserEventTriggered(IdleStateEvent.READER_IDLE_STATE_EVENT);

        assertFalse(channel.isOpen());
        assertEquals(1, counters.idleTimeouts());
        assertEquals(0, counters.activeSessions());
    }

    private void startSession() {
        receive("agi_network: yes", "agi_network_script: agent-answered", "agi_channel: PJSIP/agent1-0000002a",
                "agi_uniqueid: acd-offer-7-1-agent1", "");
    }

    private AgiSession session() {
        AgiSession session = script.session().getNow(null);
        if (session == null) {
            throw new AssertionError("the script was not started");
        }
        return session;
    }

    private void receive(String... lines) {
        for (String line : lines) {
            channel.writeInbound(Unpooled.copiedBuffer(line + "\n", UTF_8));
        }
    }

    /** The next text written to Asterisk, or null. */
    private String written() {
        ByteBuf out = channel.readOutbound();
        if (out == null) {
            return null;
        }
        try {
            return out.toString(UTF_8);
        } finally {
            out.release();
        }
    }

    private static void assertClosedFailure(CompletableFuture<AgiReply> reply) {
        CompletionException failure = assertThrows(CompletionException.class, reply::join);
        assertInstanceOf(AgiSessionClosedException.class, failure.getCause());
    }
}
