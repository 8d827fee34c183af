package org.acd.ivr.testing;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.acd.ivr.directory.CallerDirectory;
import org.acd.ivr.directory.Customer;
import org.acd.ivr.directory.Order;

/** A caller directory that gives fixed answers: every caller as one customer (or none), every order as one answer. */
public final class StubDirectory implements CallerDirectory {

    private final Optional<Customer> customer;
    private final CompletionStage<Optional<Order>> orders;

    private StubDirectory(Optional<Customer> customer, CompletionStage<Optional<Order>> orders) {
        this.customer = customer;
        this.orders = orders;
    }

    /** Knows no caller; every order lookup answers {@code answer} (pending, failed, empty or an order). */
    public static StubDirectory ordersAnswering(CompletionStage<Optional<Order>> answer) {
        return new StubDirectory(Optional.empty(), answer);
    }

    /** Every caller is a customer of {@code tier}; no order is known. */
    public static StubDirectory everyCallerOfTier(String tier) {
        return new StubDirectory(Optional.of(new Customer("", "", "", tier, "", "")),
                CompletableFuture.completedFuture(Optional.empty()));
    }

    @Override
    public CompletionStage<Optional<Customer>> findByPhone(String phone) {
        return CompletableFuture.completedFuture(customer);
    }

    @Override
    public CompletionStage<Optional<Customer>> findByAccount(String account) {
        return CompletableFuture.completedFuture(customer);
    }

    @Override
    public CompletionStage<Optional<Order>> findOrder(String orderNumber) {
        return orders;
    }
}
