package org.acd.telephony.ivr;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import org.acd.config.ivr.CallbackOffer;
import org.acd.ivr.CallbackRequest;
import org.acd.ivr.IvrHandoff;
import org.acd.ivr.QueueRequest;
import org.acd.telephony.Dialplan;
import org.acd.telephony.agi.AgiSession;
import org.acd.telephony.scripts.CallerQueueing;
import org.asteriskjava.fastagi.command.ExecCommand;
import org.asteriskjava.fastagi.command.SetContextCommand;
import org.asteriskjava.fastagi.command.SetExtensionCommand;
import org.asteriskjava.fastagi.command.SetPriorityCommand;
import org.asteriskjava.fastagi.command.SetVariableCommand;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where a flow's call goes when it leaves the IVR, carried out over the call's FastAGI session: a
 * queue node queues it in the engine ({@link CallerQueueing}, the dialplan then holds the caller on
 * music); voicemail runs Asterisk's {@code VoiceMail} in the session; a transfer leaves the session
 * for the dialplan's {@code acd-exit,transfer} with the target in {@code ACD_EXIT_TARGET}; a flow
 * that failed queues the call in the default queue with the default tier, so the caller still
 * reaches someone. Each takes the session from the flow ({@link AgiIvrChannel#release}) and ends it.
 * Called on the flow engine's executor.
 */
public final class AgiIvrHandoff implements IvrHandoff {

    private static final Logger LOG = LoggerFactory.getLogger(AgiIvrHandoff.class);
    /** VoiceMail option: play the mailbox's "unavailable" greeting. */
    private static final String UNAVAILABLE_GREETING = ",u";
    /** The dialplan's exit extension for a transfer (as the engine's exits name it). */
    static final String TRANSFER_EXTENSION = "transfer";

    private final IvrCalls calls;
    private final CallerQueueing queueing;
    private final String defaultQueue;
    private final String defaultTier;

    public AgiIvrHandoff(IvrCalls calls, CallerQueueing queueing, String defaultQueue, String defaultTier) {
        this.calls = calls;
        this.queueing = queueing;
        this.defaultQueue = defaultQueue;
        this.defaultTier = defaultTier;
    }

    /**
     * The engine's {@code callQueued} carries the queue, the tier (whose priority and required skill
     * the engine applies), the caller's number, and the flow's extra skills, priority points and
     * callback offer threshold.
     */
    @Override
    public void queue(QueueRequest request) {
        org.acd.core.api.QueueRequest extras = new org.acd.core.api.QueueRequest(request.extraSkills(),
                request.priority(), request.callbackOffer().map(CallbackOffer::whenWaitOverMs).orElse(0L));
        take(request.callId(), "queue", call ->
                queueing.queue(call.session(), call.leg(), request.queueId(), request.tierId(), extras));
    }

    /**
     * Nothing in the engine keeps a callback's place yet, so the request is logged and the flow goes on
     * to the callback node's next node (its thanks and hang-up).
     */
    @Override
    public void callback(CallbackRequest request) {
        LOG.warn("call {}: callback to '{}' requested; callbacks are not delivered by this server yet",
                request.callId(), request.callbackNumber());
    }

    @Override
    public void voicemail(long callId, String mailbox, Map<String, String> attributes) {
        take(callId, "voicemail", call -> endAfter(call.session(),
                call.session().send(new ExecCommand("VoiceMail", mailbox + UNAVAILABLE_GREETING))));
    }

    @Override
    public void transfer(long callId, String target) {
        take(callId, "transfer", call -> {
            AgiSession session = call.session();
            session.send(new SetVariableCommand(Dialplan.EXIT_TARGET_VARIABLE, target));
            session.send(new SetContextCommand(Dialplan.EXIT_CONTEXT));
            session.send(new SetExtensionCommand(TRANSFER_EXTENSION));
            endAfter(session, session.send(new SetPriorityCommand("1")));
        });
    }

    @Override
    public void failed(long callId, String flowId, String nodeId, String reason) {
        take(callId, "default queue", call -> {
            LOG.warn("call {}: flow {} failed at {} ({}); queued in {}", callId, flowId, nodeId, reason, defaultQueue);
            queueing.queue(call.session(), call.leg(), defaultQueue, defaultTier,
                    org.acd.core.api.QueueRequest.NONE);
        });
    }

    private void take(long callId, String where, Consumer<IvrCall> handOff) {
        calls.find(callId).ifPresentOrElse(call -> {
            call.channel().release();
            handOff.accept(call);
        }, () -> LOG.warn("call {}: handed to {} but no longer in the IVR", callId, where));
    }

    private static void endAfter(AgiSession session, CompletableFuture<?> last) {
        last.whenComplete((reply, failure) -> session.close());
    }
}
