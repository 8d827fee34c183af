package org.acd.telephony.scripts;

import org.acd.telephony.Dialplan;
import org.acd.telephony.agi.AgiReply;
import org.acd.telephony.agi.AgiRequest;
import org.acd.telephony.agi.AgiScript;
import org.acd.telephony.agi.AgiSession;
import org.acd.telephony.calls.CallIds;
import org.acd.telephony.calls.CallLegs;
import org.acd.telephony.calls.CallLegs.CallerLeg;
import org.asteriskjava.fastagi.command.GetDataCommand;
import org.asteriskjava.fastagi.command.SetVariableCommand;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A trunk call: the caller keys a menu digit, the call is queued with the caller's tier, and the
 * session ends with {@code ACD_CALL_ID} set so the dialplan holds the caller on music until an
 * agent's leg bridges it. A caller who hangs up in the menu never reaches the engine.
 */
public final class InboundCallScript implements AgiScript {

    private static final Logger LOG = LoggerFactory.getLogger(InboundCallScript.class);

    private final InboundRouting routing;
    private final CallIds callIds;
    private final CallLegs legs;

    public InboundCallScript(InboundRouting routing, CallIds callIds, CallLegs legs) {
        this.routing = routing;
        this.callIds = callIds;
        this.legs = legs;
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

    /**
     * The leg is watched for a hang-up before ACD_CALL_ID is set, and the engine hears of the call
     * only once that succeeded: a caller gone meanwhile never reaches the engine, and no agent can
     * be offered a caller still in this session.
     */
    private void queue(AgiSession session, AgiReply menuReply) {
        AgiRequest request = session.request();
        CallerLeg leg = new CallerLeg(callIds.next(), request.channel(), request.uniqueId(), request.callerNumber());
        String queueId = routing.queueFor(menuReply.timedOut() ? "" : menuReply.result());
        legs.callerArriving(leg);
        session.send(new SetVariableCommand(Dialplan.CALL_ID_VARIABLE, Long.toString(leg.callId())))
                .whenComplete((reply, failure) -> {
                    session.close();
                    if (failure == null && reply.isSuccess()) {
                        legs.callerQueued(leg, queueId, routing.tierOf(leg.callerNumber()));
                    } else {
                        legs.channelHungUp(leg.uniqueId());
                    }
                });
    }
}
