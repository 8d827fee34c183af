package org.acd.ivr;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.acd.config.ivr.FlowNode;
import org.acd.ivr.IvrOutcomeListener.InputProblem;

/**
 * A callback node: settles the number to call back, hands the request off, and goes on to the node's
 * next (the caller has their place kept, so the flow typically thanks them and hangs up).
 *
 * <ul>
 *   <li>With {@code confirm_number} and a caller ID: the prompt, then the caller's number read back
 *       as digits; {@code 1} as the first key confirms it at once, and so does no key at all (the
 *       caller already chose a callback); a number of {@value #MIN_NUMBER_DIGITS} to
 *       {@value #MAX_NUMBER_DIGITS} digits starting with another key, ended by {@code #} or a pause,
 *       replaces it. Anything else is asked again once, then the caller ID is taken.</li>
 *   <li>Without {@code confirm_number}: the prompt, and the caller ID.</li>
 *   <li>Without a caller ID: the prompt, then a keyed number, asked up to {@value #ATTEMPTS_WITHOUT_NUMBER}
 *       times; without one the run fails (reported and handed off as failed), since no callback could
 *       reach the caller.</li>
 * </ul>
 * Stateless.
 */
final class CallbackStep {

    static final int MIN_NUMBER_DIGITS = 3;
    static final int MAX_NUMBER_DIGITS = 20;
    static final int CONFIRM_ATTEMPTS = 2;
    static final int ATTEMPTS_WITHOUT_NUMBER = 3;
    private static final String CONFIRM = "1";
    private static final Optional<String> TERMINATOR = Optional.of("#");

    CompletionStage<Transition> run(FlowNode.Callback callback, FlowRun run) {
        Optional<String> callerId = Optional.of(run.callerNumber()).filter(number -> !number.isBlank());
        if (callerId.isPresent() && !callback.confirmNumber()) {
            return Prompts.play(run, callback.prompt(), false).thenApply(key -> taken(callback, run, callerId.get()));
        }
        return attempt(callback, run, callerId, 1);
    }

    private CompletionStage<Transition> attempt(FlowNode.Callback callback, FlowRun run, Optional<String> callerId,
                                                int attempt) {
        IvrSettings settings = run.settings();
        return DigitReader.firstKey(run, () -> prompt(callback, run, callerId), settings.firstDigitTimeoutMs())
                .thenCompose(first -> {
                    if (callerId.isPresent() && (first.isEmpty() || first.equals(CONFIRM))) {
                        return done(taken(callback, run, callerId.get()));
                    }
                    return DigitReader.readFrom(run, first, MAX_NUMBER_DIGITS, TERMINATOR,
                                    settings.interDigitTimeoutMs())
                            .thenCompose(entry -> number(callback, run, callerId, attempt, entry));
                });
    }

    private CompletionStage<Transition> number(FlowNode.Callback callback, FlowRun run, Optional<String> callerId,
                                   int attempt, DigitReader.Entry entry) {
        String digits = entry.digits();
        if (digits.matches("[0-9]{" + MIN_NUMBER_DIGITS + "," + MAX_NUMBER_DIGITS + "}")) {
            return done(taken(callback, run, digits));
        }
        run.inputRejected(entry.nothingKeyed() ? InputProblem.NO_INPUT : InputProblem.INVALID,
                entry.keyed(TERMINATOR), attempt);
        if (callerId.isPresent()) {
            return attempt < CONFIRM_ATTEMPTS ? attempt(callback, run, callerId, attempt + 1)
                    : done(taken(callback, run, callerId.get()));
        }
        return attempt < ATTEMPTS_WITHOUT_NUMBER ? attempt(callback, run, callerId, attempt + 1)
                : done(Transition.fail("no callback number: the caller ID is withheld and none was keyed"));
    }

    /** The prompt, interruptible, and the caller's number read back when there is one. */
    private static CompletionStage<String> prompt(FlowNode.Callback callback, FlowRun run, Optional<String> callerId) {
        return Prompts.play(run, callback.prompt(), true).thenCompose(key -> {
            Optional<String> sayable = callerId.map(number -> number.replaceAll("[^0-9]", ""))
                    .filter(digits -> !digits.isEmpty());
            return key.isEmpty() && sayable.isPresent() ? run.sayDigits(sayable.get(), true)
                    : CompletableFuture.completedFuture(key);
        });
    }

    private static Transition taken(FlowNode.Callback callback, FlowRun run, String number) {
        run.services().handoff().callback(new CallbackRequest(run.callId(), number, run.callerNumber(), run.tier(),
                run.variables().snapshot()));
        run.callbackTaken();
        return Transition.to(callback.next());
    }

    private static CompletionStage<Transition> done(Transition transition) {
        return CompletableFuture.completedFuture(transition);
    }
}
