package org.acd.telephony.scripts;

import org.acd.core.api.QueueRequest;
import org.acd.telephony.Dialplan;
import org.acd.telephony.agi.AgiSession;
import org.acd.telephony.calls.CallLegs;
import org.acd.telephony.calls.CallLegs.CallerLeg;
import org.asteriskjava.fastagi.command.SetVariableCommand;

/**
 * Hands a trunk caller's FastAGI session to the engine's queue: the leg is watched for a hang-up
 * before {@code ACD_CALL_ID} is set, the session ends so the dialplan holds the caller on music, and
 * the engine hears of the call only once that succeeded: a caller gone meanwhile never reaches the
 * engine, and no agent can be offered a caller still in a session. Stateless apart from the legs;
 * any thread.
 */
public final class CallerQueueing {

    private final CallLegs legs;

    public CallerQueueing(CallLegs legs) {
        this.legs = legs;
    }

    /**
     * Queues {@code leg}, whose session is {@code session}, in {@code queueId} with the caller's tier
     * and what {@code request} asks beyond them.
     */
    public void queue(AgiSession session, CallerLeg leg, String queueId, String tierId, QueueRequest request) {
        legs.callerArriving(leg);
        session.send(new SetVariableCommand(Dialplan.CALL_ID_VARIABLE, Long.toString(leg.callId())))
                .whenComplete((reply, failure) -> {
                    session.close();
                    if (failure == null && reply.isSuccess()) {
                        legs.callerQueued(leg, queueId, tierId, request);
                    } else {
                        legs.channelHungUp(leg.uniqueId());
                    }
                });
    }
}
