package org.acd.telephony.scripts;

import org.acd.core.api.QueueRequest;
import org.acd.telephony.agi.AgiReply;
import org.acd.telephony.agi.AgiRequest;
import org.acd.telephony.agi.AgiScript;
import org.acd.telephony.agi.AgiSession;
import org.acd.telephony.calls.CallIds;
import org.acd.telephony.calls.CallLegs;
import org.acd.telephony.calls.CallLegs.CallerLeg;
import org.asteriskjava.fastagi.command.GetDataCommand;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A trunk call when the configuration has no IVR flows: the caller keys a menu digit, the call is
 * queued with the caller's tier ({@link CallerQueueing}), and the dialplan holds the caller on music
 * until an agent's leg bridges it. A caller who hangs up in the menu never reaches the engine.
 */
public final class InboundCallScript implements AgiScript {

    private static final Logger LOG = LoggerFactory.getLogger(InboundCallScript.class);

    private final InboundRouting routing;
    private final CallIds callIds;
    private final CallerQueueing queueing;

    public InboundCallScript(InboundRouting routing, CallIds callIds, CallLegs legs) {
        this.routing = routing;
        this.callIds = callIds;
        this.queueing = new CallerQueueing(legs);
    }

    @Override
    public void run(AgiSession session) {
        session.send(new GetDataCommand(routing.menuPrompt(), routing.digitTimeout().toMillis(), 1))
                .whenComplete((reply, failure) -> {
                    if (failure != null || !reply.isSuccess() || "-1".equals(reply.result())) {
                        LOG.debug("caller {} left in the menu", session.request().channel());
                        session.close();
                    } else {
                        queue(session, reply);
                    }
                });
    }

    private void queue(AgiSession session, AgiReply menuReply) {
        AgiRequest request = session.request();
        CallerLeg leg = new CallerLeg(callIds.next(), request.channel(), request.uniqueId(), request.callerNumber());
        queueing.queue(session, leg, routing.queueFor(menuReply.timedOut() ? "" : menuReply.result()),
                routing.tierOf(leg.callerNumber()), QueueRequest.NONE);
    }
}
