package org.acd.telephony.scripts;

import java.time.ZoneId;
import org.acd.ivr.FlowEngine;
import org.acd.telephony.agi.AgiRequest;
import org.acd.telephony.agi.AgiScript;
import org.acd.telephony.agi.AgiSession;
import org.acd.telephony.calls.CallIds;
import org.acd.telephony.calls.CallLegs.CallerLeg;
import org.acd.telephony.ivr.AgiIvrChannel;
import org.acd.telephony.ivr.IvrCall;
import org.acd.telephony.ivr.IvrCalls;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A trunk call when the configuration has IVR flows: the call gets its id and runs the entry flow
 * over its FastAGI session. Where the flow hands the call off (a queue, voicemail, a transfer, the
 * default queue after a failure) the hand-off ends the session; where the call ends in the IVR
 * (self-service done, the flow or the caller hung up) this script ends it. The engine hears of the
 * call only if a flow queues it. Runs on the session's event loop and returns at once.
 */
public final class IvrCallScript implements AgiScript {

    private static final Logger LOG = LoggerFactory.getLogger(IvrCallScript.class);

    private final FlowEngine flows;
    private final IvrCalls calls;
    private final CallIds callIds;
    private final ZoneId zone;

    public IvrCallScript(FlowEngine flows, IvrCalls calls, CallIds callIds, ZoneId zone) {
        this.flows = flows;
        this.calls = calls;
        this.callIds = callIds;
        this.zone = zone;
    }

    @Override
    public void run(AgiSession session) {
        AgiRequest request = session.request();
        CallerLeg leg = new CallerLeg(callIds.next(), request.channel(), request.uniqueId(), request.callerNumber());
        AgiIvrChannel channel = new AgiIvrChannel(session, zone);
        calls.add(new IvrCall(leg, session, channel));
        flows.start(leg.callId(), leg.callerNumber(), channel).whenComplete((exit, failure) -> {
            calls.remove(leg.callId());
            if (failure != null) {
                LOG.warn("call {}: the IVR run ended abnormally", leg.callId(), failure);
            }
            if (!channel.released()) {
                session.close();
            }
        });
    }
}
