package org.acd.core.model;

import org.acd.core.api.ExitAction;

/**
 * Where a call goes when it leaves a queue without an agent. {@code target} is the queue id for
 * {@link ExitAction#QUEUE}, the dialplan target for transfer and voicemail, and may be empty for
 * callback and hang-up.
 */
public record QueueExit(ExitAction action, String target) {

    public static QueueExit toQueue(String queueId) {
        return new QueueExit(ExitAction.QUEUE, queueId);
    }

    public static QueueExit hangUp() {
        return new QueueExit(ExitAction.HANGUP, "");
    }

    public static QueueExit voicemail(String mailbox) {
        return new QueueExit(ExitAction.VOICEMAIL, mailbox);
    }

    public boolean movesWithinServer() {
        return action == ExitAction.QUEUE;
    }
}
