package org.acd.ivr;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;
import org.acd.ivr.channel.PromptUnavailableException;

/**
 * Plays a node's prompts one after another, {@code ${name}} substituted. A prompt naming a variable
 * that has no value, or one the channel cannot play, is skipped and reported: the caller hears the
 * rest and the flow goes on. Interruptible prompts stop at the caller's first key. Stateless.
 */
final class Prompts {

    private Prompts() {
    }

    /** Completes with the key that cut the prompts short, or {@code ""} when all were played. */
    static CompletionStage<String> play(FlowRun run, List<String> templates, boolean interruptible) {
        return playFrom(run, templates, 0, interruptible);
    }

    static CompletionStage<String> play(FlowRun run, String template, boolean interruptible) {
        return play(run, List.of(template), interruptible);
    }

    private static CompletionStage<String> playFrom(FlowRun run, List<String> templates, int index,
                                                    boolean interruptible) {
        if (index == templates.size()) {
            return CompletableFuture.completedFuture("");
        }
        String template = templates.get(index);
        FlowVariables.Expansion prompt = run.variables().expand(template);
        if (!prompt.complete()) {
            run.problem("prompt '" + template + "' skipped: no value for " + String.join(", ", prompt.missing()));
            return playFrom(run, templates, index + 1, interruptible);
        }
        return run.play(prompt.text(), interruptible).handle((key, failure) -> {
            if (failure == null) {
                return key.isEmpty() ? playFrom(run, templates, index + 1, interruptible)
                        : CompletableFuture.completedFuture(key);
            }
            if (FlowRun.cause(failure) instanceof PromptUnavailableException unavailable) {
                run.problem(unavailable.getMessage());
                return playFrom(run, templates, index + 1, interruptible);
            }
            return CompletableFuture.<String>failedFuture(FlowRun.cause(failure));
        }).thenCompose(Function.identity());
    }
}
