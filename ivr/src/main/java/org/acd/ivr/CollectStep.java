package org.acd.ivr;

import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.regex.Pattern;
import org.acd.config.ivr.FlowNode;
import org.acd.ivr.IvrOutcomeListener.InputProblem;

/**
 * A collect node: reads digits (see {@link DigitReader}; at most {@code max_length}, ended early by
 * the terminator or the inter-digit timeout) and keeps them in the node's variable when there are
 * {@code min_length} to {@code max_length} of them and they match the whole pattern. Anything else
 * is reported and asked again, up to {@code retries} more times, then the call goes to the fallback.
 * Compiled patterns are kept per pattern text; any thread.
 */
final class CollectStep {

    private final ConcurrentHashMap<String, Pattern> patterns = new ConcurrentHashMap<>();

    CompletionStage<Transition> run(FlowNode.Collect collect, FlowRun run) {
        return attempt(collect, run, 1);
    }

    private CompletionStage<Transition> attempt(FlowNode.Collect collect, FlowRun run, int attempt) {
        IvrSettings settings = run.settings();
        return DigitReader.read(run, () -> Prompts.play(run, collect.prompt(), true), collect.maxLength(),
                        collect.terminator(), settings.firstDigitTimeoutMs(), settings.interDigitTimeoutMs())
                .thenCompose(entry -> {
                    if (valid(collect, entry.digits())) {
                        run.variables().put(collect.variable(), entry.digits());
                        return CompletableFuture.completedFuture(Transition.to(collect.next()));
                    }
                    run.inputRejected(entry.nothingKeyed() ? InputProblem.NO_INPUT : InputProblem.INVALID,
                            entry.keyed(collect.terminator()), attempt);
                    return attempt > collect.retries()
                            ? CompletableFuture.completedFuture(Transition.to(collect.fallback()))
                            : attempt(collect, run, attempt + 1);
                });
    }

    private boolean valid(FlowNode.Collect collect, String digits) {
        int length = digits.length();
        if (length < collect.minLength() || length > collect.maxLength()) {
            return false;
        }
        Optional<Pattern> pattern = collect.pattern().map(regex -> patterns.computeIfAbsent(regex, Pattern::compile));
        return pattern.map(regex -> regex.matcher(digits).matches()).orElse(true);
    }
}
