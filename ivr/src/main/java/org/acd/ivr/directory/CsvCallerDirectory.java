package org.acd.ivr.directory;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.acd.config.model.DirectoryEntry;

/**
 * The caller directory of a CSV file (the format of {@code config/examples/customers.csv}: phone,
 * account, name, tier, language, segment, orders as {@code number:status;...}), held in memory. The
 * configuration loader reads and checks the file ({@code CallerDirectorySettings.callers()}); this
 * class indexes the entries by phone, account and order number. Lookups complete at once. Immutable;
 * any thread.
 */
public final class CsvCallerDirectory implements CallerDirectory {

    private final Map<String, Customer> byPhone = new HashMap<>();
    private final Map<String, Customer> byAccount = new HashMap<>();
    private final Map<String, Order> orders = new HashMap<>();

    public CsvCallerDirectory(List<DirectoryEntry> entries) {
        for (DirectoryEntry entry : entries) {
            Customer customer = new Customer(entry.phone(), entry.account(), entry.name(), entry.tier(),
                    entry.language(), entry.segment());
            byPhone.putIfAbsent(entry.phone(), customer);
            if (!entry.account().isEmpty()) {
                byAccount.putIfAbsent(entry.account(), customer);
            }
            entry.orderStatus().forEach((number, status) -> orders.putIfAbsent(number, new Order(number, status)));
        }
    }

    @Override
    public CompletionStage<Optional<Customer>> findByPhone(String phone) {
        return CompletableFuture.completedFuture(Optional.ofNullable(byPhone.get(phone)));
    }

    @Override
    public CompletionStage<Optional<Customer>> findByAccount(String account) {
        return CompletableFuture.completedFuture(Optional.ofNullable(byAccount.get(account)));
    }

    @Override
    public CompletionStage<Optional<Order>> findOrder(String orderNumber) {
        return CompletableFuture.completedFuture(Optional.ofNullable(orders.get(orderNumber)));
    }
}
