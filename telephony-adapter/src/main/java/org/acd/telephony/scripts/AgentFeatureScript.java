package org.acd.telephony.scripts;

import java.time.Clock;
import java.util.Optional;
import org.acd.core.api.AcdEvents;
import org.acd.telephony.agi.AgiScript;
import org.acd.telephony.agi.AgiSession;
import org.acd.telephony.calls.AgentDirectory;
import org.asteriskjava.fastagi.command.AnswerCommand;
import org.asteriskjava.fastagi.command.StreamFileCommand;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Feature codes dialled from an agent's phone: {@code ?action=login|logout|pause|ready}. The agent
 * is the owner of the calling phone; a pause has the reason {@code ?reason=} or "break". The agent
 * is answered and hears a confirmation beep; an unknown phone or action is refused (the dialplan
 * hangs up unanswered).
 */
public final class AgentFeatureScript implements AgiScript {

    private static final Logger LOG = LoggerFactory.getLogger(AgentFeatureScript.class);
    private static final String DEFAULT_PAUSE_REASON = "break";

    private final AgentDirectory agents;
    private final AcdEvents events;
    private final Clock clock;
    private final String confirmationSound;

    public AgentFeatureScript(AgentDirectory agents, AcdEvents events, Clock clock, String confirmationSound) {
        this.agents = agents;
        this.events = events;
        this.clock = clock;
        this.confirmationSound = confirmationSound;
    }

    @Override
    public void run(AgiSession session) {
        String channel = session.request().channel();
        Optional<String> agent = agents.byChannel(channel);
        String action = String.valueOf(session.request().parameter("action"));
        if (agent.isEmpty()) {
            LOG.warn("feature code '{}' from {}, which is no agent's phone; ignored", action, channel);
            session.close();
            return;
        }
        if (!apply(action, agent.get(), session.request().parameter("reason"))) {
            LOG.warn("feature code from {} ({}) has unknown action '{}'; ignored", channel, agent.get(), action);
            session.close();
            return;
        }
        session.send(new AnswerCommand());
        session.send(new StreamFileCommand(confirmationSound)).whenComplete((reply, failure) -> session.close());
    }

    private boolean apply(String action, String agentId, String reason) {
        long nowMs = clock.millis();
        switch (action) {
            case "login" -> events.agentLoggedIn(nowMs, agentId);
            case "logout" -> events.agentLoggedOut(nowMs, agentId);
            case "ready" -> events.agentReady(nowMs, agentId);
            case "pause" -> events.agentNotReady(nowMs, agentId, reason == null ? DEFAULT_PAUSE_REASON : reason);
            default -> {
                return false;
            }
        }
        return true;
    }
}
