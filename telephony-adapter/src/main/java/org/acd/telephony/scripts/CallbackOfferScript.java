package org.acd.telephony.scripts;

import java.time.ZoneId;
import java.util.Map;
import org.acd.ivr.FlowEngine;
import org.acd.telephony.Dialplan;
import org.acd.telephony.agi.AgiRequest;
import org.acd.telephony.agi.AgiScript;
import org.acd.telephony.agi.AgiSession;
import org.acd.telephony.calls.CallLegs;
import org.acd.telephony.calls.CallLegs.CallerLeg;
import org.acd.telephony.ivr.AgiIvrChannel;
import org.acd.telephony.ivr.IvrCall;
import org.acd.telephony.ivr.IvrCalls;
import org.asteriskjava.fastagi.command.HangupCommand;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A waiting caller offered a callback (the engine's {@code offerCallback}, an AMI Redirect into the
 * dialplan's offer context): runs the offer flow its queue node named ({@code ?flow=}) over the
 * caller's FastAGI session. Accepting ends in the flow's callback node ({@code callbackRequested});
 * declining or a timeout ends in a queue node, which lets the session go so the dialplan holds the
 * caller on music again, in the same place. A caller no longer queued once the flow ends (it took the
 * callback) is hung up. Runs on the session's event loop and returns at once.
 */
public final class CallbackOfferScript implements AgiScript {

    private static final Logger LOG = LoggerFactory.getLogger(CallbackOfferScript.class);
    private static final String FLOW_PARAMETER = "flow";

    private final FlowEngine flows;
    private final IvrCalls calls;
    private final CallLegs legs;
    private final ZoneId zone;

    public CallbackOfferScript(FlowEngine flows, IvrCalls calls, CallLegs legs, ZoneId zone) {
        this.flows = flows;
        this.calls = calls;
        this.legs = legs;
        this.zone = zone;
    }

    @Override
    public void run(AgiSession session) {
        AgiRequest request = session.request();
        String flow = request.parameter(FLOW_PARAMETER);
        CallerLeg leg = legs.callerOnChannel(request.uniqueId()).orElse(null);
        if (leg == null || flow == null || flow.isEmpty()) {
            LOG.info("{} on {}: {}; back to hold", Dialplan.CALLBACK_OFFER_SCRIPT, request.channel(),
                    leg == null ? "the caller is not queued" : "no offer flow named");
            session.close();
            return;
        }
        AgiIvrChannel channel = new AgiIvrChannel(session, zone);
        calls.add(new IvrCall(leg, session, channel));
        try {
            flows.start(flow, leg.callId(), leg.callerNumber(), Map.of(), channel)
                    .whenComplete((exit, failure) -> ended(leg, session, channel, failure));
        } catch (IllegalArgumentException e) {
            ended(leg, session, channel, e);
        }
    }

    private void ended(CallerLeg leg, AgiSession session, AgiIvrChannel channel, Throwable failure) {
        calls.remove(leg.callId());
        if (failure != null) {
            LOG.warn("call {}: the callback offer ended abnormally", leg.callId(), failure);
        }
        if (channel.released()) {
            return;
        }
        if (legs.caller(leg.callId()).isPresent()) {
            session.close();
        } else {
            session.send(new HangupCommand()).whenComplete((reply, error) -> session.close());
        }
    }
}
