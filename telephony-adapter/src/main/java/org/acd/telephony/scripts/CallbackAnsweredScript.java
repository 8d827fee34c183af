package org.acd.telephony.scripts;

import org.acd.telephony.Dialplan;
import org.acd.telephony.TelephonyCommands;
import org.acd.telephony.agi.AgiRequest;
import org.acd.telephony.agi.AgiScript;
import org.acd.telephony.agi.AgiSession;
import org.acd.telephony.calls.CallLegs;
import org.asteriskjava.fastagi.command.SetVariableCommand;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The customer of a callback answered: the leg's unique id names the attempt. If it still stands the
 * engine hears the answer, the leg becomes the call's caller leg, {@code ACD_CALL_ID} is set so the
 * dialplan holds the customer on music once the session ends, and the reserved agent's phone rings;
 * otherwise the leg is let go and the dialplan hangs it up. Runs on the session's event loop and
 * returns at once.
 */
public final class CallbackAnsweredScript implements AgiScript {

    private static final Logger LOG = LoggerFactory.getLogger(CallbackAnsweredScript.class);

    private final CallLegs legs;
    private final TelephonyCommands commands;

    public CallbackAnsweredScript(CallLegs legs, TelephonyCommands commands) {
        this.legs = legs;
        this.commands = commands;
    }

    @Override
    public void run(AgiSession session) {
        AgiRequest request = session.request();
        legs.callbackAnswered(request.uniqueId(), request.channel()).ifPresentOrElse(attempt -> session
                .send(new SetVariableCommand(Dialplan.CALL_ID_VARIABLE,
                        Long.toString(attempt.callId())))
                .whenComplete((reply, failure) -> {
                    session.close();
                    if (failure == null && reply.isSuccess()) {
                        commands.ringAgent(attempt);
                    } else {
                        legs.channelHungUp(request.uniqueId());
                    }
                }), () -> {
                    LOG.info("callback leg {} answered after its attempt ended; hanging up", request.uniqueId());
                    session.close();
                });
    }
}
