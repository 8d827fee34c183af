package org.acd.ivr.directory;

import java.util.Optional;
import java.util.concurrent.CompletionStage;

/**
 * Who a caller is and what their orders are: the IVR's lookups. A CSV file ({@link CsvCallerDirectory})
 * or a database ({@link JdbcCallerDirectory}) answers. Each lookup returns at once and completes
 * later, on the implementation's thread; a lookup that fails completes exceptionally. The flow engine
 * bounds every lookup with the configured timeout, so an implementation need not.
 */
public interface CallerDirectory {

    /** The customer whose phone number is {@code phone} (the caller ID), if the directory knows them. */
    CompletionStage<Optional<Customer>> findByPhone(String phone);

    /** The customer with account number {@code account}, if the directory knows them. */
    CompletionStage<Optional<Customer>> findByAccount(String account);

    /** The order numbered {@code orderNumber}, if the directory knows it. */
    CompletionStage<Optional<Order>> findOrder(String orderNumber);
}
