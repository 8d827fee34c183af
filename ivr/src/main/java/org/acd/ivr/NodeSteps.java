package org.acd.ivr;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.acd.config.ivr.FlowNode;

/**
 * Runs one node of a flow for a run and says where it leads. The nodes that talk with the caller or
 * the directory at length have their own step classes; the short ones are here. Stateless apart from
 * those step objects; any thread (a run calls it on its executor).
 */
final class NodeSteps {

    private static final String SAYABLE_DIGITS = "[0-9*#]+";

    private final MenuStep menu = new MenuStep();
    private final CollectStep collect = new CollectStep();
    private final LookupStep lookup = new LookupStep();
    private final BranchStep branch = new BranchStep();
    private final CallbackStep callback = new CallbackStep();

    CompletionStage<Transition> run(FlowNode node, FlowRun run) {
        if (node instanceof FlowNode.Play play) {
            return Prompts.play(run, play.prompts(), false).thenApply(key -> Transition.to(play.next()));
        } else if (node instanceof FlowNode.Say say) {
            return say(say, run);
        } else if (node instanceof FlowNode.Menu choice) {
            return menu.run(choice, run);
        } else if (node instanceof FlowNode.Collect entry) {
            return collect.run(entry, run);
        } else if (node instanceof FlowNode.Lookup find) {
            return lookup.run(find, run);
        } else if (node instanceof FlowNode.Branch fork) {
            return branch.run(fork, run);
        } else if (node instanceof FlowNode.SetValues set) {
            return CompletableFuture.completedFuture(set(set, run));
        } else if (node instanceof FlowNode.Queue queue) {
            return CompletableFuture.completedFuture(queue(queue, run));
        } else if (node instanceof FlowNode.Callback offer) {
            return callback.run(offer, run);
        } else if (node instanceof FlowNode.Voicemail voicemail) {
            return playIfAny(run, voicemail.prompt()).thenApply(key -> {
                run.services().handoff().voicemail(run.callId(), voicemail.mailbox(), run.variables().snapshot());
                return Transition.leave(IvrExit.VOICEMAIL);
            });
        } else if (node instanceof FlowNode.Transfer transfer) {
            run.services().handoff().transfer(run.callId(), transfer.target());
            return CompletableFuture.completedFuture(Transition.leave(IvrExit.TRANSFERRED));
        } else if (node instanceof FlowNode.Hangup hangup) {
            return playIfAny(run, hangup.prompt()).thenCompose(key -> run.hangup())
                    .thenApply(done -> Transition.leave(IvrExit.FLOW_HUNG_UP));
        }
        throw new IllegalArgumentException("no step for node type " + node.getClass().getSimpleName());
    }

    private static CompletionStage<String> playIfAny(FlowRun run, Optional<String> prompt) {
        return prompt.map(template -> Prompts.play(run, template, false))
                .orElseGet(() -> CompletableFuture.completedFuture(""));
    }

    /** Speaks the variable's value; a value that is missing or cannot be spoken that way is skipped and reported. */
    private static CompletionStage<Transition> say(FlowNode.Say say, FlowRun run) {
        Transition next = Transition.to(say.next());
        Optional<String> value = run.variables().get(say.variable()).filter(text -> !text.isEmpty());
        if (value.isEmpty()) {
            run.problem("nothing to say: variable '" + say.variable() + "' has no value");
            return CompletableFuture.completedFuture(next);
        }
        String text = value.get();
        CompletionStage<String> spoken;
        try {
            spoken = switch (say.format()) {
                case DIGITS -> text.matches(SAYABLE_DIGITS) ? run.sayDigits(text, false) : null;
                case NUMBER -> run.sayNumber(Long.parseLong(text));
                case DATE -> run.sayDate(LocalDate.parse(text));
            };
        } catch (NumberFormatException | DateTimeParseException e) {
            spoken = null;
        }
        if (spoken == null) {
            run.problem("cannot say '" + text + "' (variable '" + say.variable() + "') as "
                    + say.format().name().toLowerCase(Locale.ROOT));
            return CompletableFuture.completedFuture(next);
        }
        return spoken.thenApply(key -> next);
    }

    private static Transition set(FlowNode.SetValues set, FlowRun run) {
        for (Map.Entry<String, String> variable : set.variables().entrySet()) {
            FlowVariables.Expansion value = run.variables().expand(variable.getValue());
            if (!value.complete()) {
                run.problem("variable '" + variable.getKey() + "' set without " + String.join(", ", value.missing()));
            }
            run.variables().put(variable.getKey(), value.text());
        }
        set.skills().forEach(run::requireSkill);
        run.addPriority(set.priority());
        return Transition.to(set.next());
    }

    private static Transition queue(FlowNode.Queue queue, FlowRun run) {
        run.services().handoff().queue(new QueueRequest(run.callId(), queue.queue(), run.tier(), run.extraSkills(),
                run.priorityPoints() + queue.priority(), run.callerNumber(), run.variables().snapshot(),
                queue.callbackOffer()));
        return Transition.leave(IvrExit.QUEUED);
    }
}
