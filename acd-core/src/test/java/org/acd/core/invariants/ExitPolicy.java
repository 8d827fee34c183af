package org.acd.core.invariants;

import java.util.Set;
import org.acd.core.api.ExitReason;
import org.acd.core.model.OverflowStep;
import org.acd.core.model.QueueConfig;
import org.acd.core.model.QueueExit;

/**
 * When a call may leave a queue without an agent, and by which exit (QueueConfig): when full
 * ({@code onFull}) or with no eligible agent logged in ({@code whenNoAgents}) only as it arrives;
 * after its max wait ({@code onMaxWait}) or a move step only once they are due.
 */
final class ExitPolicy {

    private final RoutingRules rules;
    private final Violations violations;

    ExitPolicy(RoutingRules rules, Violations violations) {
        this.rules = rules;
        this.violations = violations;
    }

    /**
     * Checks that the call may leave {@code queueId} for {@code reason} now, towards {@code target},
     * and returns the exit the queue configures for that reason (null if it has none).
     *
     * @param onEntry   the call was arriving in the queue, not waiting in it
     * @param waiting   the queue's waiting calls before the call left
     * @param loggedIn  the agents logged in
     */
    QueueExit configuredExit(long nowMs, CallRecord call, String queueId, ExitReason reason, String target,
                             boolean onEntry, int waiting, Set<String> loggedIn) {
        QueueConfig queue = rules.queue(queueId);
        long waitedMs = nowMs - call.queueEntryMs;
        QueueExit exit = switch (reason) {
            case QUEUE_FULL -> {
                violations.check(onEntry && queue.maxWaiting() > 0 && waiting >= queue.maxWaiting(),
                        "call %d left %s as full with %d waiting of %d", call.id, queueId, waiting, queue.maxWaiting());
                yield queue.onFull();
            }
            case NO_AGENTS -> {
                violations.check(onEntry && queue.whenNoAgents().isPresent()
                                && !rules.anyEligibleOnEntry(loggedIn, queueId, call.tierId, call.extraSkills),
                        "call %d left %s for no agents, logged in: %s", call.id, queueId, loggedIn);
                yield queue.whenNoAgents().orElse(null);
            }
            case MAX_WAIT -> {
                violations.check(!onEntry && queue.maxWaitMs() > 0 && waitedMs >= queue.maxWaitMs(),
                        "call %d left %s for max wait after %d ms", call.id, queueId, waitedMs);
                yield queue.onMaxWait();
            }
            case OVERFLOW_STEP -> {
                violations.check(!onEntry && queue.overflowSteps().stream().anyMatch(step ->
                                step instanceof OverflowStep.MoveToQueue move && move.queueId().equals(target)
                                        && waitedMs >= move.afterMs()),
                        "call %d moved %s -> %s by a step after %d ms", call.id, queueId, target, waitedMs);
                yield QueueExit.toQueue(target);
            }
        };
        violations.check(exit == null || exit.target().equals(target), "call %d left %s for %s to '%s', the queue says %s",
                call.id, queueId, reason, target, exit);
        return exit;
    }
}
