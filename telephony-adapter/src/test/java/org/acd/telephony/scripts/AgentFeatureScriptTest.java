package org.acd.telephony.scripts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.acd.core.model.AgentConfig;
import org.acd.telephony.calls.AgentDirectory;
import org.acd.telephony.testing.RecordingAcdEvents;
import org.acd.telephony.testing.ScriptedAgiSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

final class AgentFeatureScriptTest {

    private static final String AGENT1_PHONE = "PJSIP/agent1-0000002a";

    private final RecordingAcdEvents events = new RecordingAcdEvents();
    private final AgentFeatureScript script = new AgentFeatureScript(
            new AgentDirectory(List.of(AgentConfig.of("agent1", Map.of()), AgentConfig.of("agent2", Map.of()))),
            events, Clock.fixed(Instant.ofEpochMilli(7_000), ZoneOffset.UTC), "beep");

    @ParameterizedTest
    @CsvSource({
            "login,  agentLoggedIn 7000 agent1",
            "logout, agentLoggedOut 7000 agent1",
            "ready,  agentReady 7000 agent1",
            "pause,  agentNotReady 7000 agent1 break"})
    void shouldPublishTheFeatureForTheAgentWhosePhoneDialledIt(String action, String expected) {
        ScriptedAgiSession session = featureCode(AGENT1_PHONE, Map.of("action", action));

        script.run(session);

        assertEquals(List.of(expected), events.events());
    }

    @Test
    void shouldPauseWithTheGivenReason() {
        script.run(featureCode(AGENT1_PHONE, Map.of("action", "pause", "reason", "lunch")));

        assertEquals(List.of("agentNotReady 7000 agent1 lunch"), events.events());
    }

    @Test
    void shouldAnswerAndConfirmWithTheSoundThenHangUp() {
        ScriptedAgiSession session = featureCode(AGENT1_PHONE, Map.of("action", "ready"));
        script.run(session);
        assertEquals(List.of("ANSWER", "STREAM FILE \"beep\" \"\""), session.sentCommands());

        session.reply(200, "0", "");
        assertFalse(session.isClosed());
        session.reply(200, "0", "");

        assertTrue(session.isClosed());
    }

    @Test
    void shouldHangUpWhenTheConfirmationCannotBePlayed() {
        ScriptedAgiSession session = featureCode(AGENT1_PHONE, Map.of("action", "login"));
        script.run(session);

        session.endSession();

        assertTrue(session.isClosed());
        assertEquals(List.of("agentLoggedIn 7000 agent1"), events.events());
    }

    @Test
    void shouldIgnoreAFeatureCodeFromAPhoneThatIsNoAgents() {
        ScriptedAgiSession session = featureCode("PJSIP/trunk-00000001", Map.of("action", "login"));

        script.run(session);

        assertEquals(List.of(), events.events());
        assertEquals(List.of(), session.sentCommands());
        assertTrue(session.isClosed());
    }

    @Test
    void shouldIgnoreAnUnknownAction() {
        ScriptedAgiSession session = featureCode(AGENT1_PHONE, Map.of("action", "dance"));

        script.run(session);

        assertEquals(List.of(), events.events());
        assertEquals(List.of(), session.sentCommands());
        assertTrue(session.isClosed());
    }

    @Test
    void shouldIgnoreAFeatureCodeWithoutAction() {
        ScriptedAgiSession session = featureCode(AGENT1_PHONE, Map.of());

        script.run(session);

        assertEquals(List.of(), events.events());
        assertTrue(session.isClosed());
    }

    private static ScriptedAgiSession featureCode(String channel, Map<String, String> parameters) {
        return ScriptedAgiSession.on(channel, "1700000000.20", "1001", "agent-feature", parameters);
    }
}
