package org.acd.telephony.agi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

final class AgiEnvironmentParserTest {

    /** What Asterisk 22 sends for {@code AGI(agi://127.0.0.1:4573/agent-feature?action=pause&reason=lunch,x,y)}. */
    private static final List<String> ASTERISK_ENVIRONMENT = List.of(
            "agi_network: yes",
            "agi_network_script: agent-feature?action=pause&reason=lunch",
            "agi_request: agi://127.0.0.1:4573/agent-feature?action=pause&reason=lunch",
            "agi_channel: PJSIP/agent1-0000002a",
            "agi_language: en",
            "agi_type: PJSIP",
            "agi_uniqueid: 1700000000.12",
            "agi_version: 22.1.0",
            "agi_callerid: 5551234",
            "agi_calleridname: Ada Lovelace",
            "agi_callingpres: 0",
            "agi_callingani2: 0",
            "agi_callington: 0",
            "agi_callingtns: 0",
            "agi_dnid: *45",
            "agi_rdnis: unknown",
            "agi_context: agents",
            "agi_extension: *45",
            "agi_priority: 1",
            "agi_enhanced: 0.0",
            "agi_accountcode: ",
            "agi_threadid: 140241283712576",
            "agi_arg_1: x",
            "agi_arg_2: y");

    private final AgiEnvironmentParser parser = new AgiEnvironmentParser(64);

    @Test
    void shouldReturnTheRequestOnlyOnceTheBlankLineArrives() {
        for (String line : ASTERISK_ENVIRONMENT) {
            assertNull(parser.accept(line), line);
        }

        AgiRequest request = parser.accept("");

        assertEquals("PJSIP/agent1-0000002a", request.channel());
        assertEquals("1700000000.12", request.uniqueId());
        assertEquals("5551234", request.callerNumber());
        assertEquals("*45", request.extension());
        assertEquals("Ada Lovelace", request.environment().get("agi_calleridname"));
        assertEquals("", request.environment().get("agi_accountcode"));
        assertEquals("agi://127.0.0.1:4573/agent-feature?action=pause&reason=lunch",
                request.environment().get("agi_request"));
        assertEquals("y", request.environment().get("agi_arg_2"));
        assertEquals(ASTERISK_ENVIRONMENT.size(), request.environment().size());
    }

    @Test
    void shouldSplitTheNetworkScriptIntoNameAndParameters() {
        AgiRequest request = parse("agi_network_script: agent-feature?action=pause&reason=lunch");

        assertEquals("agent-feature", request.script());
        assertEquals(Map.of("action", "pause", "reason", "lunch"), request.parameters());
        assertEquals("pause", request.parameter("action"));
        assertNull(request.parameter("queue"));
    }

    @Test
    void shouldUrlDecodeParameterNamesAndValues() {
        AgiRequest request = parse("agi_network_script: agent-feature?action=pause&reason=coffee%20break+now"
                + "&re%61son2=%C3%A9t%C3%A9&flag&=orphan&expr=a=b");

        assertEquals(Map.of("action", "pause", "reason", "coffee break now", "reason2", "été", "expr", "a=b"),
                request.parameters());
    }

    @Test
    void shouldHaveNoParametersWhenTheScriptHasNoQuery() {
        AgiRequest request = parse("agi_network_script: inbound");

        assertEquals("inbound", request.script());
        assertEquals(Map.of(), request.parameters());
    }

    @Test
    void shouldReportAnUnknownCallerIdAsNoCallerNumber() {
        assertEquals("", parse("agi_callerid: unknown").callerNumber());
        assertEquals("", parse("agi_channel: PJSIP/trunk-00000001").callerNumber());
    }

    @Test
    void shouldRejectAMalformedPercentEscapeAsMalformedAgi() {
        parser.accept("agi_network_script: agent-feature?action=pause&reason=%zz");

        MalformedAgiException failure = assertThrows(MalformedAgiException.class, () -> parser.accept(""));

        assertTrue(failure.getMessage().contains("%zz"), failure.getMessage());
    }

    @Test
    void shouldRejectALineWithoutAColonNamingItsNumberAndText() {
        parser.accept("agi_network: yes");

        MalformedAgiException failure = assertThrows(MalformedAgiException.class,
                () -> parser.accept("agi_channel PJSIP/trunk-00000001"));

        assertEquals("AGI environment line 2 is not 'agi_name: value': 'agi_channel PJSIP/trunk-00000001'",
                failure.getMessage());
    }

    @Test
    void shouldRejectALineThatIsNotAnAgiVariable() {
        MalformedAgiException failure = assertThrows(MalformedAgiException.class,
                () -> parser.accept("GET / HTTP/1.1: x"));

        assertTrue(failure.getMessage().contains("line 1"), failure.getMessage());
        assertTrue(failure.getMessage().contains("'GET / HTTP/1.1: x'"), failure.getMessage());
    }

    @Test
    void shouldEscapeControlCharactersOfTheRejectedLine() {
        MalformedAgiException failure = assertThrows(MalformedAgiException.class,
                () -> parser.accept("\u001b[2Jagi_channel"));

        assertTrue(failure.getMessage().endsWith("'\\x1b[2Jagi_channel'"), failure.getMessage());
    }

    @Test
    void shouldRejectAnEmptyEnvironment() {
        MalformedAgiException failure = assertThrows(MalformedAgiException.class, () -> parser.accept(""));

        assertEquals("empty AGI environment", failure.getMessage());
    }

    @Test
    void shouldAcceptExactlyTheMaximumNumberOfLines() {
        AgiEnvironmentParser three = new AgiEnvironmentParser(3);
        three.accept("agi_network: yes");
        three.accept("agi_network_script: inbound");
        three.accept("agi_channel: PJSIP/trunk-00000001");

        assertEquals("inbound", three.accept("").script());
    }

    @Test
    void shouldRejectTheLineBeyondTheMaximumNamingTheLimit() {
        AgiEnvironmentParser three = new AgiEnvironmentParser(3);
        three.accept("agi_network: yes");
        three.accept("agi_network_script: inbound");
        three.accept("agi_channel: PJSIP/trunk-00000001");

        MalformedAgiException failure = assertThrows(MalformedAgiException.class,
                () -> three.accept("agi_uniqueid: 1700000000.12"));

        assertEquals("AGI environment longer than 3 lines", failure.getMessage());
    }

    @Test
    void shouldCountRepeatedLinesTowardsTheMaximum() {
        AgiEnvironmentParser three = new AgiEnvironmentParser(3);
        three.accept("agi_arg_1: x");
        three.accept("agi_arg_1: x");
        three.accept("agi_arg_1: x");

        assertThrows(MalformedAgiException.class, () -> three.accept("agi_arg_1: x"));
    }

    private static AgiRequest parse(String line) {
        AgiEnvironmentParser parser = new AgiEnvironmentParser(64);
        parser.accept(line);
        return parser.accept("");
    }
}
