package org.acd.telephony.agi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

final class AgiReplyParserTest {

    private final AgiReplyParser parser = new AgiReplyParser();

    @Test
    void shouldParseASuccessWithItsResult() {
        AgiReply reply = parser.accept("200 result=1");

        assertEquals(new AgiReply(200, "1", ""), reply);
        assertTrue(reply.isSuccess());
        assertEquals(1, reply.resultCode());
        assertFalse(reply.timedOut());
    }

    @Test
    void shouldParseATimeoutWithAnEmptyResult() {
        AgiReply reply = parser.accept("200 result= (timeout)");

        assertEquals(new AgiReply(200, "", "timeout"), reply);
        assertTrue(reply.timedOut());
    }

    @Test
    void shouldParseKeyedDigitsFollowedByATimeout() {
        assertEquals(new AgiReply(200, "12", "timeout"), parser.accept("200 result=12 (timeout)"));
    }

    @Test
    void shouldParseTheHangUpResult() {
        AgiReply reply = parser.accept("200 result=-1");

        assertEquals(new AgiReply(200, "-1", ""), reply);
        assertTrue(reply.isSuccess());
        assertEquals(-1, reply.resultCode());
    }

    @Test
    void shouldKeepTheResultOfAReplyWithExtraFields() {
        AgiReply reply = parser.accept("200 result=0 endpos=1234");

        assertEquals("0", reply.result());
        assertEquals(0, reply.resultCode());
        assertEquals("", reply.data());
        assertEquals(1234, reply.endpos());
    }

    @Test
    void shouldReadTheEndposOfAPromptThatCouldNotBeOpened() {
        assertEquals(new AgiReply(200, "-1", "", 0), parser.accept("200 result=-1 endpos=0"));
    }

    @Test
    void shouldTellAReplyWithoutEndposOrWithAGarbledOne() {
        assertEquals(AgiReply.NO_ENDPOS, parser.accept("200 result=1").endpos());
        assertEquals(AgiReply.NO_ENDPOS, parser.accept("200 result=0 endpos=x").endpos());
        assertEquals(AgiReply.NO_ENDPOS, parser.accept("200 result=0 endpos=1234567890123456789012").endpos());
    }

    @Test
    void shouldParseAnUnknownCommandError() {
        AgiReply reply = parser.accept("510 Invalid or unknown command");

        assertEquals(new AgiReply(510, "", "Invalid or unknown command"), reply);
        assertFalse(reply.isSuccess());
        assertEquals(-1, reply.resultCode());
    }

    @Test
    void shouldParseTheDeadChannelRefusal() {
        AgiReply reply = parser.accept("511 Command Not Permitted on a dead channel or intercepted by a handler");

        assertEquals(AgiReply.DEAD_CHANNEL, reply.status());
        assertEquals("Command Not Permitted on a dead channel or intercepted by a handler", reply.data());
        assertFalse(reply.isSuccess());
    }

    @Test
    void shouldCollectAMultiLineUsageErrorIntoOneReply() {
        assertNull(parser.accept("520-Invalid command syntax.  Proper usage follows:"));
        assertNull(parser.accept(" Usage: GET DATA <file to be streamed> [timeout] [maxdigits]"));
        assertNull(parser.accept("        Stream the given file, and receive DTMF data."));

        AgiReply reply = parser.accept("520 End of proper usage.");

        assertEquals(new AgiReply(520, "", "Invalid command syntax.  Proper usage follows:\n"
                + " Usage: GET DATA <file to be streamed> [timeout] [maxdigits]\n"
                + "        Stream the given file, and receive DTMF data.\n"), reply);
    }

    @Test
    void shouldParseTheReplyAfterAUsageErrorOnItsOwn() {
        parser.accept("520-Invalid command syntax.  Proper usage follows:");
        parser.accept("520 End of proper usage.");

        assertEquals(new AgiReply(200, "1", ""), parser.accept("200 result=1"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "20", "hello", "2000 result=1", "20x result=1", "HTTP/1.1 200 OK", "-1"})
    void shouldRejectALineThatIsNotAnAgiReply(String line) {
        MalformedAgiException failure = assertThrows(MalformedAgiException.class, () -> parser.accept(line));

        assertEquals("not an AGI reply: '" + line + "'", failure.getMessage());
    }

    @Test
    void shouldRefuseAUsageReplyThatNeverEnds() {
        parser.accept("520-Invalid command syntax.  Proper usage follows:");
        for (int line = 1; line < AgiReplyParser.MAX_USAGE_LINES; line++) {
            parser.accept("usage line " + line);
        }

        MalformedAgiException failure = assertThrows(MalformedAgiException.class, () -> parser.accept("one more"));

        assertEquals("AGI usage reply longer than " + AgiReplyParser.MAX_USAGE_LINES + " lines", failure.getMessage());
    }
}
