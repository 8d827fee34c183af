package org.acd.ivr;

import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeoutException;
import org.acd.config.ivr.FlowNode;
import org.acd.config.ivr.LookupSource;
import org.acd.ivr.IvrOutcomeListener.LookupResult;
import org.acd.ivr.directory.Customer;
import org.acd.ivr.directory.Order;

/**
 * A lookup node: asks the caller directory, bounded by the lookup timeout. A customer found (by caller
 * ID or keyed account) sets {@code tier}, {@code language}, {@code segment}, {@code account} and
 * {@code customer_name}; an order found sets {@code order.number} and {@code order.status} and counts
 * as successful self-service. Found goes to {@code next}, unknown (or no key to look up) to
 * {@code not_found}, a failure or timeout to {@code on_error}; each is reported. Stateless.
 */
final class LookupStep {

    CompletionStage<Transition> run(FlowNode.Lookup lookup, FlowRun run) {
        Optional<String> key = key(lookup, run);
        if (key.isEmpty()) {
            run.problem("nothing to look up: " + lookup.keyVariable().map(name -> "variable '" + name + "' has no value")
                    .orElse("the caller's number is withheld"));
            run.lookupCompleted(lookup.source(), LookupResult.NOT_FOUND);
            return CompletableFuture.completedFuture(Transition.to(lookup.notFound()));
        }
        CompletionStage<Boolean> found = switch (lookup.source()) {
            case CALLER_ID -> run.bounded(run.services().directory().findByPhone(key.get()))
                    .thenApply(customer -> customer.map(match -> identified(match, run)).isPresent());
            case ACCOUNT -> run.bounded(run.services().directory().findByAccount(key.get()))
                    .thenApply(customer -> customer.map(match -> identified(match, run)).isPresent());
            case ORDER -> run.bounded(run.services().directory().findOrder(key.get()))
                    .thenApply(order -> order.map(match -> ordered(match, run)).isPresent());
        };
        return found.handle((known, failure) -> {
            if (failure == null) {
                run.lookupCompleted(lookup.source(), known ? LookupResult.FOUND : LookupResult.NOT_FOUND);
                return Transition.to(known ? lookup.next() : lookup.notFound());
            }
            Throwable cause = FlowRun.cause(failure);
            boolean timedOut = cause instanceof TimeoutException;
            run.problem(lookup.source().name().toLowerCase(Locale.ROOT) + " lookup "
                    + (timedOut ? "timed out after " + run.settings().lookupTimeoutMs() + " ms" : "failed: " + cause));
            run.lookupCompleted(lookup.source(), timedOut ? LookupResult.TIMED_OUT : LookupResult.FAILED);
            return Transition.to(lookup.onError());
        });
    }

    private static Optional<String> key(FlowNode.Lookup lookup, FlowRun run) {
        Optional<String> key = lookup.source() == LookupSource.CALLER_ID ? Optional.of(run.callerNumber())
                : lookup.keyVariable().flatMap(run.variables()::get);
        return key.filter(text -> !text.isBlank());
    }

    private static Customer identified(Customer customer, FlowRun run) {
        FlowVariables variables = run.variables();
        if (run.settings().tiers().contains(customer.tier())) {
            variables.put(FlowVariables.TIER, customer.tier());
        } else {
            run.problem("the directory's tier '" + customer.tier() + "' is not configured; the caller keeps tier '"
                    + run.tier() + "'");
        }
        variables.put(FlowVariables.LANGUAGE, customer.language());
        variables.put(FlowVariables.SEGMENT, customer.segment());
        variables.put(FlowVariables.ACCOUNT, customer.account());
        variables.put(FlowVariables.CUSTOMER_NAME, customer.name());
        return customer;
    }

    private static Order ordered(Order order, FlowRun run) {
        run.variables().put(FlowVariables.ORDER_NUMBER, order.number());
        run.variables().put(FlowVariables.ORDER_STATUS, order.status());
        run.selfServed();
        return order;
    }
}
