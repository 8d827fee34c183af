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
import org.acd.telephony.calls.CallLegs;
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
 * music); a callback node has the engine keep the call's place for a callback; voicemail runs Asterisk's {@code VoiceMail} in the session; a transfer leaves the session
 * for the dialplan's {@code acd-exit,transfer} with the target in {@code ACD_EXIT_TARGET}; a flow
 * that failed queues the call in the default queue with the default tier, so the caller still
 * reaches someone. A call already queued (its callback offer's flow runs) goes back to its hold
 * instead of being queued again. Each takes the session from the flow ({@link AgiIvrChannel#release}) and ends it.
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
    private final CallLegs legs;
    private final String defaultQueue;
    private final String defaultTier;

    public AgiIvrHandoff(IvrCalls calls, CallLegs legs, String defaultQueue, String defaultTier) {
        this.calls = calls;
        this.queueing = new CallerQueueing(legs);
        this.legs = legs;
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
        take(request.callId(), "queue", call -> {
            if (backToHold(call)) {
                return;
            }
            request.callbackOffer().ifPresent(offer -> call.session()
                    .send(new SetVariableCommand(Dialplan.CALLBACK_FLOW_VARIABLE, offer.flow())));
            queueing.queue(call.session(), call.leg(), request.queueId(), request.tierId(), extras);
        });
    }

    /**
     * The engine keeps the call's place while the customer waits to be called back: a caller already
     * queued (the callback offer flow) leaves the queue's hold for the callback; a caller still in the
     * entry flow is queued in the default queue with the request at once. The flow goes on to the
     * callback node's next node (its thanks and hang-up), and the hang-up is not an abandon.
     */
    @Override
    public void callback(CallbackRequest request) {
        if (legs.callbackRequested(request.callId(), request.callbackNumber())) {
            return;
        }
        calls.find(request.callId()).ifPresentOrElse(
                call -> legs.callbackRequested(call.leg(), defaultQueue, request.tierId(), request.callbackNumber()),
                () -> LOG.warn("call {}: callback requested but the call is neither queued nor in the IVR",
                        request.callId()));
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
            if (backToHold(call)) {
                LOG.warn("call {}: flow {} failed at {} ({}); back to its queue's hold", callId, flowId, nodeId, reason);
                return;
            }
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

    /**
     * A call the engine holds already (a callback offer's flow) keeps its place: the session ends and
     * the offer's dialplan holds the caller on music again. The queue a queue node names does not move
     * it (a supervisor's move does that). False for a call not queued yet.
     */
    private boolean backToHold(IvrCall call) {
        if (legs.caller(call.leg().callId()).isEmpty()) {
            return false;
        }
        call.session().close();
        return true;
    }

    private static void endAfter(AgiSession session, CompletableFuture<?> last) {
        last.whenComplete((reply, failure) -> session.close());
    }
}
