package org.acd.ivr;

import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;
import org.acd.config.ivr.BranchSubject;
import org.acd.config.ivr.FlowNode;
import org.acd.config.yaml.DurationText;
import org.acd.ivr.QueueInsight.QueueStatus;

/**
 * A branch node: works out the value of its subject and goes to the matching case, else to its
 * default. Tier, language, segment and variables are the run's variables; business hours are
 * {@code open} or {@code closed} at the clock's instant; agents available ({@code yes} or {@code no})
 * and the wait estimate come from the queue insight, bounded by the lookup timeout. A wait-estimate
 * case is the least wait it takes: the largest one not above the estimate wins. When the insight
 * does not answer the default is taken, reported; with no matching case and no default the run fails.
 * Stateless.
 */
final class BranchStep {

    private static final String OPEN = "open";
    private static final String CLOSED = "closed";
    private static final String YES = "yes";
    private static final String NO = "no";

    CompletionStage<Transition> run(FlowNode.Branch branch, FlowRun run) {
        BranchSubject subject = branch.on();
        return switch (subject.kind()) {
            case TIER -> done(branch, run, Optional.of(run.tier()));
            case LANGUAGE -> done(branch, run, run.variables().get(FlowVariables.LANGUAGE));
            case SEGMENT -> done(branch, run, run.variables().get(FlowVariables.SEGMENT));
            case VARIABLE -> done(branch, run, subject.variable().flatMap(run.variables()::get));
            case BUSINESS_HOURS -> done(branch, run,
                    Optional.of(run.settings().calendar().isOpen(run.services().clock().instant()) ? OPEN : CLOSED));
            case AGENTS_AVAILABLE -> asked(branch, run, status -> Optional.of(status.agentsAvailable() > 0 ? YES : NO));
            case WAIT_ESTIMATE -> asked(branch, run, status -> waitCase(branch.cases(), status.estimatedWaitMs()));
        };
    }

    private static CompletionStage<Transition> asked(FlowNode.Branch branch, FlowRun run,
                                                     Function<QueueStatus, Optional<String>> value) {
        String queue = branch.on().queue().orElseThrow();
        return run.bounded(run.services().queues().status(queue)).handle((status, failure) -> {
            if (failure == null) {
                return choose(branch, run, value.apply(status));
            }
            run.problem("no answer about queue '" + queue + "' (" + FlowRun.cause(failure) + ")");
            return branch.otherwise().map(Transition::to).orElseGet(() -> Transition.fail(
                    "no answer about queue '" + queue + "' and no default"));
        });
    }

    private static CompletionStage<Transition> done(FlowNode.Branch branch, FlowRun run, Optional<String> value) {
        return CompletableFuture.completedFuture(choose(branch, run, value));
    }

    private static Transition choose(FlowNode.Branch branch, FlowRun run, Optional<String> value) {
        Optional<String> target = value.map(branch.cases()::get).or(branch::otherwise);
        return target.map(Transition::to).orElseGet(() -> Transition.fail("branch on "
                + branch.on().kind().name().toLowerCase(Locale.ROOT) + ": no case for '" + value.orElse("")
                + "' and no default"));
    }

    /** The case with the largest least wait not above {@code estimateMs}. */
    private static Optional<String> waitCase(Map<String, String> cases, long estimateMs) {
        return cases.keySet().stream()
                .filter(least -> DurationText.parseMs(least) <= estimateMs)
                .max(Comparator.comparingLong(DurationText::parseMs));
    }
}
