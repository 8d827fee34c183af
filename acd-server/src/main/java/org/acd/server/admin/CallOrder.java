package org.acd.server.admin;

import com.fasterxml.jackson.databind.JsonNode;
import io.netty.handler.codec.http.HttpResponseStatus;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.acd.core.api.AcdEvents;
import org.acd.core.api.ExitAction;

/**
 * A supervisor's order for one call, read from an action's request body and checked before anything
 * is published: the queue of a move (a configured one), the priority, or where a send-out goes.
 * Immutable; read on the admin event loop.
 *
 * @param action   which order
 * @param queueId  the queue a move goes to; null otherwise
 * @param priority the new priority of a priority change
 * @param exit     where a send-out goes; null otherwise
 * @param target   the mailbox or transfer target of a send-out, empty when its exit takes none
 */
record CallOrder(CallAction action, String queueId, int priority, ExitAction exit, String target) {

    static final int MAX_TARGET_LENGTH = 80;
    /** The exits a supervisor may send a call to; a move to a queue is {@link CallAction#MOVE}. */
    static final List<ExitAction> SEND_OUT_EXITS = Arrays.stream(ExitAction.values())
            .filter(exit -> exit != ExitAction.QUEUE).toList();

    /**
     * Reads the body for {@code action}; {@code queueIds} are the configured queues a move may name.
     *
     * @throws ApiException 400 for a body that is not the action's, 422 for a queue not configured
     */
    static CallOrder read(CallAction action, String body, List<String> queueIds) {
        JsonNode json = RequestBodies.object(body);
        return switch (action) {
            case MOVE -> new CallOrder(action, queue(json, queueIds), 0, null, "");
            case PRIORITY -> new CallOrder(action, null, priority(json), null, "");
            case SEND_OUT -> sendOut(json);
        };
    }

    void publish(AcdEvents events, long nowMs, long callId) {
        switch (action) {
            case MOVE -> events.callMoved(nowMs, callId, queueId);
            case PRIORITY -> events.callPriorityChanged(nowMs, callId, priority);
            case SEND_OUT -> events.callSentOut(nowMs, callId, exit, target);
        }
    }

    private static String queue(JsonNode json, List<String> queueIds) {
        String queue = RequestBodies.text(json, "queue");
        if (queue == null || queue.isEmpty()) {
            throw new ApiException(HttpResponseStatus.BAD_REQUEST, "move needs a body {\"queue\": \"...\"} naming "
                    + "the queue to move the call to");
        }
        if (!queueIds.contains(queue)) {
            throw new ApiException(HttpResponseStatus.UNPROCESSABLE_ENTITY, "no queue '"
                    + RequestBodies.printable("queue", queue, MAX_TARGET_LENGTH) + "' is configured; the queues are "
                    + String.join(", ", queueIds));
        }
        return queue;
    }

    private static int priority(JsonNode json) {
        JsonNode priority = json == null ? null : json.get("priority");
        if (priority == null || !priority.isInt()) {
            throw new ApiException(HttpResponseStatus.BAD_REQUEST, "priority needs a body {\"priority\": N} with "
                    + "a whole number N (higher is served first)");
        }
        return priority.intValue();
    }

    private static CallOrder sendOut(JsonNode json) {
        String name = RequestBodies.text(json, "action");
        ExitAction exit = SEND_OUT_EXITS.stream().filter(known -> known.name().toLowerCase(Locale.ROOT).equals(name))
                .findFirst().orElseThrow(() -> new ApiException(HttpResponseStatus.BAD_REQUEST,
                        "send-out needs a body {\"action\": \"...\"} with one of " + exitNames()
                                + (ExitAction.QUEUE.name().toLowerCase(Locale.ROOT).equals(name)
                                ? "; to move the call to another queue, POST its /move" : "")));
        String target = RequestBodies.text(json, "target");
        boolean needsTarget = exit == ExitAction.VOICEMAIL || exit == ExitAction.TRANSFER;
        if (needsTarget && (target == null || target.isEmpty())) {
            throw new ApiException(HttpResponseStatus.BAD_REQUEST, "send-out to " + name + " needs a \"target\": "
                    + (exit == ExitAction.VOICEMAIL ? "the mailbox" : "the dialplan target to transfer to"));
        }
        if (!needsTarget && target != null && !target.isEmpty()) {
            throw new ApiException(HttpResponseStatus.BAD_REQUEST, "send-out to " + name + " takes no \"target\"");
        }
        return new CallOrder(CallAction.SEND_OUT, null, 0, exit,
                needsTarget ? RequestBodies.printable("target", target, MAX_TARGET_LENGTH) : "");
    }

    private static String exitNames() {
        return String.join(", ", SEND_OUT_EXITS.stream().map(exit -> exit.name().toLowerCase(Locale.ROOT)).toList());
    }
}
