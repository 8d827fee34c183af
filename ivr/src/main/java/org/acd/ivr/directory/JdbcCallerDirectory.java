package org.acd.ivr.directory;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;

/**
 * The caller directory in a database, read with plain JDBC: the tables {@code customers} and
 * {@code orders} of {@code org/acd/ivr/directory/caller-directory.sql}. JDBC blocks, so every lookup
 * runs on {@code executor} (a small pool the owner sizes and closes) and completes there; each query
 * is also bounded by {@code queryTimeoutSeconds} so a stuck database gives its thread back. A failure
 * (no connection, SQL error) completes the lookup exceptionally with the {@link SQLException}.
 * Any thread.
 */
public final class JdbcCallerDirectory implements CallerDirectory {

    private static final String CUSTOMER_COLUMNS = "SELECT phone, account, name, tier, language, segment FROM customers";
    private static final String BY_PHONE = CUSTOMER_COLUMNS + " WHERE phone = ?";
    private static final String BY_ACCOUNT = CUSTOMER_COLUMNS + " WHERE account = ?";
    private static final String ORDER = "SELECT order_number, status FROM orders WHERE order_number = ?";

    /** Opens a connection for one lookup; a pool's {@code DataSource::getConnection} fits. */
    @FunctionalInterface
    public interface ConnectionSource {
        Connection open() throws SQLException;
    }

    /** Maps the current row of a result to a value. */
    @FunctionalInterface
    private interface RowReader<T> {
        T read(ResultSet row) throws SQLException;
    }

    private final ConnectionSource connections;
    private final Executor executor;
    private final int queryTimeoutSeconds;

    public JdbcCallerDirectory(ConnectionSource connections, Executor executor, int queryTimeoutSeconds) {
        if (queryTimeoutSeconds < 1) {
            throw new IllegalArgumentException("queryTimeoutSeconds must be at least 1, not " + queryTimeoutSeconds);
        }
        this.connections = connections;
        this.executor = executor;
        this.queryTimeoutSeconds = queryTimeoutSeconds;
    }

    /** A directory that opens each lookup's connection from {@code jdbcUrl} ({@code caller_directory.jdbc_url}). */
    public static JdbcCallerDirectory forUrl(String jdbcUrl, Executor executor, int queryTimeoutSeconds) {
        return new JdbcCallerDirectory(() -> DriverManager.getConnection(jdbcUrl), executor, queryTimeoutSeconds);
    }

    @Override
    public CompletionStage<Optional<Customer>> findByPhone(String phone) {
        return query(BY_PHONE, phone, JdbcCallerDirectory::customer);
    }

    @Override
    public CompletionStage<Optional<Customer>> findByAccount(String account) {
        return query(BY_ACCOUNT, account, JdbcCallerDirectory::customer);
    }

    @Override
    public CompletionStage<Optional<Order>> findOrder(String orderNumber) {
        return query(ORDER, orderNumber, row -> new Order(row.getString(1), row.getString(2)));
    }

    private <T> CompletionStage<Optional<T>> query(String sql, String key, RowReader<T> reader) {
        return CompletableFuture.supplyAsync(() -> {
            try (Connection connection = connections.open();
                 PreparedStatement statement = connection.prepareStatement(sql)) {
                statement.setQueryTimeout(queryTimeoutSeconds);
                statement.setString(1, key);
                try (ResultSet rows = statement.executeQuery()) {
                    return rows.next() ? Optional.of(reader.read(rows)) : Optional.<T>empty();
                }
            } catch (SQLException e) {
                throw new CompletionException(e);
            }
        }, executor);
    }

    private static Customer customer(ResultSet row) throws SQLException {
        return new Customer(row.getString(1), text(row, 2), text(row, 3), row.getString(4), text(row, 5),
                text(row, 6));
    }

    private static String text(ResultSet row, int column) throws SQLException {
        String value = row.getString(column);
        return value == null ? "" : value;
    }
}
