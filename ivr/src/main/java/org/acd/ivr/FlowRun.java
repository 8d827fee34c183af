package org.acd.ivr;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.acd.config.ivr.FlowNode;
import org.acd.config.ivr.IvrFlow;
import org.acd.config.ivr.LookupSource;
import org.acd.ivr.IvrOutcomeListener.InputProblem;
import org.acd.ivr.IvrOutcomeListener.LookupResult;
import org.acd.ivr.channel.CallerHungUpException;
import org.acd.ivr.channel.IvrChannel;

/**
 * One call's run through one flow: its variables and queueing extras, the node it is at, and the loop
 * that runs a node, waits for its stage and goes where it leads. Each node runs as its own task on
 * the services' executor, and every completion from the channel or a lookup hops back onto it, so a
 * run holds no thread while it waits and its state is only touched by one task at a time. The
 * caller's hang-up ends the run wherever it is; a failing node ends it through the hand-off's
 * {@code failed}. Whichever comes first ends the run; what comes later is ignored.
 */
final class FlowRun {

    private final IvrFlow flow;
    private final long callId;
    private final String callerNumber;
    private final IvrChannel channel;
    private final IvrSettings settings;
    private final IvrServices services;
    private final NodeSteps steps;
    private final FlowVariables variables;
    private final Map<String, Integer> extraSkills = new LinkedHashMap<>();
    private final AtomicBoolean finished = new AtomicBoolean();
    private final CompletableFuture<FlowExit> exit = new CompletableFuture<>();
    private volatile String nodeId;
    private volatile boolean flowHangingUp;
    private int priorityPoints;
    private boolean selfServed;
    private boolean callbackTaken;

    FlowRun(IvrFlow flow, long callId, String callerNumber, Map<String, String> variables, IvrChannel channel,
            IvrSettings settings, IvrServices services, NodeSteps steps) {
        this.flow = flow;
        this.callId = callId;
        this.callerNumber = callerNumber;
        this.channel = channel;
        this.settings = settings;
        this.services = services;
        this.steps = steps;
        this.variables = new FlowVariables(variables);
        this.variables.put(FlowVariables.CALLER_NUMBER, callerNumber);
        if (this.variables.get(FlowVariables.TIER).isEmpty()) {
            this.variables.put(FlowVariables.TIER, settings.defaultTier());
        }
        this.nodeId = flow.entry();
    }

    CompletionStage<FlowExit> start() {
        services.outcomes().flowEntered(nowMs(), callId, flow.id(), callerNumber);
        channel.hungUp().thenRunAsync(this::callerHungUp, services.executor());
        go(flow.entry());
        return exit;
    }

    private void go(String next) {
        services.executor().execute(() -> visit(next));
    }

    private void visit(String id) {
        if (finished.get()) {
            return;
        }
        nodeId = id;
        services.outcomes().nodeVisited(nowMs(), callId, flow.id(), id);
        FlowNode node = flow.nodes().get(id);
        CompletionStage<Transition> transition;
        try {
            transition = steps.run(node, this);
        } catch (RuntimeException e) {
            transition = CompletableFuture.failedFuture(e);
        }
        transition.whenCompleteAsync(this::follow, services.executor());
    }

    private void follow(Transition transition, Throwable failure) {
        if (finished.get()) {
            return;
        }
        if (transition instanceof Transition.GoTo goTo) {
            go(goTo.nodeId());
        } else if (transition instanceof Transition.Leave leave) {
            finish(leave.exit());
        } else if (transition instanceof Transition.Fail failed) {
            fail(failed.reason());
        } else if (cause(failure) instanceof CallerHungUpException) {
            finish(IvrExit.CALLER_HUNG_UP);
        } else {
            fail(String.valueOf(cause(failure)));
        }
    }

    /** The flow cannot go on: reported, handed off as failed, ended. */
    private void fail(String reason) {
        problem(reason);
        services.handoff().failed(callId, flow.id(), nodeId, reason);
        finish(IvrExit.FAILED);
    }

    private void callerHungUp() {
        if (!flowHangingUp) {
            finish(IvrExit.CALLER_HUNG_UP);
        }
    }

    private void finish(IvrExit how) {
        if (!finished.compareAndSet(false, true)) {
            return;
        }
        IvrExit left = how;
        if (how == IvrExit.CALLER_HUNG_UP || how == IvrExit.FLOW_HUNG_UP) {
            left = callbackTaken ? IvrExit.CALLBACK : selfServed ? IvrExit.CONTAINED : how;
        }
        services.outcomes().flowLeft(nowMs(), callId, flow.id(), nodeId, left);
        exit.complete(new FlowExit(left, flow.id(), nodeId));
    }

    // --- what steps use -------------------------------------------------------------------------

    long callId() {
        return callId;
    }

    String callerNumber() {
        return callerNumber;
    }

    FlowVariables variables() {
        return variables;
    }

    IvrSettings settings() {
        return settings;
    }

    IvrServices services() {
        return services;
    }

    String tier() {
        return variables.get(FlowVariables.TIER).orElse(settings.defaultTier());
    }

    /** Adds a set node's skill, keeping the higher minimum proficiency if the skill is already there. */
    void requireSkill(String skill, int minProficiency) {
        extraSkills.merge(skill, minProficiency, Math::max);
    }

    Map<String, Integer> extraSkills() {
        return Map.copyOf(extraSkills);
    }

    void addPriority(int points) {
        priorityPoints += points;
    }

    int priorityPoints() {
        return priorityPoints;
    }

    void selfServed() {
        selfServed = true;
    }

    void callbackTaken() {
        callbackTaken = true;
    }

    void problem(String what) {
        services.outcomes().flowProblem(nowMs(), callId, nodeId, what);
    }

    void inputRejected(InputProblem problem, String keyed, int attempt) {
        services.outcomes().inputRejected(nowMs(), callId, nodeId, problem, keyed, attempt);
    }

    void lookupCompleted(LookupSource source, LookupResult result) {
        services.outcomes().lookupCompleted(nowMs(), callId, nodeId, source, result);
    }

    long nowMs() {
        return services.clock().millis();
    }

    CompletionStage<String> play(String prompt, boolean interruptible) {
        return onExecutor(channel.play(prompt, interruptible));
    }

    CompletionStage<String> sayDigits(String digits, boolean interruptible) {
        return onExecutor(channel.sayDigits(digits, interruptible));
    }

    CompletionStage<String> sayNumber(long number) {
        return onExecutor(channel.sayNumber(number, false));
    }

    CompletionStage<String> sayDate(LocalDate date) {
        return onExecutor(channel.sayDate(date, false));
    }

    CompletionStage<String> waitForDigit(long timeoutMs) {
        return onExecutor(channel.waitForDigit(timeoutMs));
    }

    /** Hangs up from the flow's side; the hang-up the channel then reports is not the caller's. */
    CompletionStage<Void> hangup() {
        flowHangingUp = true;
        return onExecutor(channel.hangup());
    }

    /** A lookup or queue question, failed with a {@link java.util.concurrent.TimeoutException} after the lookup timeout. */
    <T> CompletionStage<T> bounded(CompletionStage<T> question) {
        return onExecutor(question.toCompletableFuture().copy()
                .orTimeout(settings.lookupTimeoutMs(), TimeUnit.MILLISECONDS));
    }

    private <T> CompletionStage<T> onExecutor(CompletionStage<T> stage) {
        CompletableFuture<T> hopped = new CompletableFuture<>();
        stage.whenCompleteAsync((value, failure) -> {
            if (failure != null) {
                hopped.completeExceptionally(cause(failure));
            } else {
                hopped.complete(value);
            }
        }, services.executor());
        return hopped;
    }

    static Throwable cause(Throwable failure) {
        Throwable cause = failure;
        while ((cause instanceof CompletionException || cause instanceof ExecutionException) && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }
}
