package org.acd.server.admin;

import io.netty.handler.codec.http.HttpResponseStatus;
import java.util.Locale;
import java.util.Optional;
import org.acd.core.api.CallState;
import org.acd.core.view.CallView;
import org.acd.core.view.EngineSnapshot;

/**
 * Judges a {@link CallOrder} on the engine's snapshots: before it is published, whether the call
 * exists and still waits for an agent (the engine would reject it otherwise, silently for the
 * client); after, what the client is answered: the call as the engine now sees it, or, for a call
 * sent out, where it went. The engine may answer or lose the call in between: that is a 409 naming
 * what happened. Pure functions, any thread.
 */
final class CallOrderOutcome {

    private CallOrderOutcome() {
    }

    /** The answer to a send-out: the call has left the engine. */
    record SentOut(long id, String queue, String sentOut, String target, long atMs) {
    }

    /**
     * The call the order is for, checked.
     *
     * @throws ApiException 404 for no such live call, 409 for a call an agent has or one already in
     *                      the queue of a move
     */
    static CallView check(EngineSnapshot before, long callId, CallOrder order) {
        CallView call = before.call(callId).orElseThrow(() -> new ApiException(HttpResponseStatus.NOT_FOUND,
                "no live call " + callId + "; /api/calls lists the calls in the server"));
        if (call.state() == CallState.CONNECTED || call.state() == CallState.CALLING_BACK) {
            throw new ApiException(HttpResponseStatus.CONFLICT, "call " + callId + " is " + call.state()
                    + ": only a call still waiting for an agent can be given a " + order.action().pathSegment());
        }
        if (order.action() == CallAction.MOVE && call.queueId().equals(order.queueId())) {
            throw new ApiException(HttpResponseStatus.CONFLICT, "call " + callId + " is in queue " + order.queueId()
                    + " already");
        }
        return call;
    }

    /**
     * What the client is answered once the engine has applied the order.
     *
     * @throws ApiException 409 when the engine did not apply it: the call was answered or ended first
     */
    static Object answer(CallOrder order, CallView before, EngineSnapshot after) {
        Optional<CallView> now = after.call(before.id());
        if (order.action() == CallAction.SEND_OUT) {
            if (now.isPresent()) {
                throw notApplied(order, before, "it is " + now.get().state() + " now");
            }
            return new SentOut(before.id(), before.queueId(), order.exit().name().toLowerCase(Locale.ROOT),
                    order.target().isEmpty() ? null : order.target(), after.atMs());
        }
        CallView call = now.orElseThrow(() -> notApplied(order, before, "it ended first"));
        boolean applied = order.action() == CallAction.MOVE ? call.queueId().equals(order.queueId())
                : call.priority() == order.priority();
        if (!applied) {
            throw notApplied(order, before, "it is " + call.state() + " in " + call.queueId() + " now");
        }
        return ApiViews.call(call, after.atMs());
    }

    private static ApiException notApplied(CallOrder order, CallView before, String why) {
        return new ApiException(HttpResponseStatus.CONFLICT, "the routing engine did not apply the "
                + order.action().pathSegment() + " to call " + before.id() + ": " + why);
    }
}
