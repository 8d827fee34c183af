package org.acd.telephony.scripts;

import org.acd.telephony.agi.AgiScript;
import org.acd.telephony.agi.AgiSession;
import org.acd.telephony.calls.CallLegs;
import org.acd.telephony.calls.CallLegs.AgentLeg;
import org.acd.telephony.calls.OfferChannelId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An agent answered a ring: the leg's unique id names the offer. If the offer still stands the
 * engine hears the answer and the session waits, holding the leg, for the engine's connect command
 * (which bridges it to the caller); otherwise the leg is let go and the dialplan hangs it up. When
 * Asterisk reports the leg hung up, the session ends at once.
 */
public final class AgentAnsweredScript implements AgiScript {

    private static final Logger LOG = LoggerFactory.getLogger(AgentAnsweredScript.class);

    private final CallLegs legs;

    public AgentAnsweredScript(CallLegs legs) {
        this.legs = legs;
    }

    @Override
    public void run(AgiSession session) {
        OfferChannelId.parse(session.request().uniqueId()).ifPresentOrElse(offer -> {
            session.hangup().thenRun(session::close);
            if (!legs.agentAnswered(new AgentLeg(offer, session))) {
                LOG.info("agent {} answered call {} after the offer ended; hanging up", offer.agentId(),
                        offer.callId());
                session.close();
            }
        }, () -> {
            LOG.warn("agent-answered session on {} whose unique id {} names no offer; hanging up",
                    session.request().channel(), session.request().uniqueId());
            session.close();
        });
    }
}
