package org.acd.ivr;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.acd.config.ivr.FlowNode;
import org.acd.ivr.IvrOutcomeListener.InputProblem;

/**
 * A menu: the prompt, interruptible, then up to the node's timeout for one key; a key with an option
 * goes there. No key or a key without an option is reported and the menu is played again, up to
 * {@code retries} more times, then the call goes to the fallback. Stateless.
 */
final class MenuStep {

    CompletionStage<Transition> run(FlowNode.Menu menu, FlowRun run) {
        return attempt(menu, run, 1);
    }

    private CompletionStage<Transition> attempt(FlowNode.Menu menu, FlowRun run, int attempt) {
        return Prompts.play(run, menu.prompt(), true)
                .thenCompose(key -> key.isEmpty() ? run.waitForDigit(menu.timeoutMs())
                        : CompletableFuture.completedFuture(key))
                .thenCompose(key -> {
                    String target = menu.options().get(key);
                    if (target != null) {
                        return CompletableFuture.completedFuture(Transition.to(target));
                    }
                    run.inputRejected(key.isEmpty() ? InputProblem.NO_INPUT : InputProblem.INVALID, key, attempt);
                    return attempt > menu.retries() ? CompletableFuture.completedFuture(Transition.to(menu.fallback()))
                            : attempt(menu, run, attempt + 1);
                });
    }
}
