package org.acd.config;

import java.util.Locale;
import java.util.Set;
import org.acd.config.yaml.Fields;
import org.acd.core.api.ExitAction;
import org.acd.core.model.QueueExit;

/**
 * Reads a queue's exit, {@code {action: queue|voicemail|transfer|callback|hangup, target: ...}}: a
 * queue exit names a known queue, voicemail and transfer need a target. Stateless.
 */
final class ExitReader {

    private static final Set<String> KEYS = Set.of("action", "target");
    private static final String ACTIONS = "queue, voicemail, transfer, callback or hangup";

    private ExitReader() {
    }

    /** The exit under {@code key}, {@code absent} when the key is missing, null when it is broken. */
    static QueueExit read(Fields queue, String key, QueueExit absent, KnownNames queues) {
        Fields exit = queue.section(key, false, KEYS);
        if (exit == null) {
            return queue.has(key) ? null : absent;
        }
        String actionText = exit.nonBlankText("action", true);
        if (actionText == null) {
            return null;
        }
        ExitAction action;
        try {
            action = ExitAction.valueOf(actionText.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            exit.problem("action", "'" + actionText + "' is not an exit; use " + ACTIONS);
            return null;
        }
        boolean needsTarget = action == ExitAction.QUEUE || action == ExitAction.VOICEMAIL
                || action == ExitAction.TRANSFER;
        String target = exit.nonBlankText("target", needsTarget);
        if (action == ExitAction.QUEUE && !queues.check(exit, "target", target)) {
            return null;
        }
        if (needsTarget && target == null) {
            return null;
        }
        return new QueueExit(action, target == null ? "" : target);
    }
}
