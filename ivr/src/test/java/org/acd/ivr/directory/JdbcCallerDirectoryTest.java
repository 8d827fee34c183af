package org.acd.ivr.directory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The JDBC directory against an in-memory H2 database made from the shipped schema. */
final class JdbcCallerDirectoryTest {

    static final String SCHEMA = "/org/acd/ivr/directory/caller-directory.sql";

    private final ExecutorService jdbcThreads = Executors.newFixedThreadPool(2);
    private final String url = "jdbc:h2:mem:directory-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1";
    private Connection keepAlive;

    @BeforeEach
    void createDatabase() throws Exception {
        keepAlive = DriverManager.getConnection(url);
        createDirectory(keepAlive);
    }

    @AfterEach
    void dropDatabase() throws SQLException {
        jdbcThreads.shutdownNow();
        try (Statement statement = keepAlive.createStatement()) {
            statement.execute("SHUTDOWN");
        }
        keepAlive.close();
    }

    /** The shipped schema and two customers, one with an order. */
    static void createDirectory(Connection connection) throws SQLException, IOException {
        try (Statement statement = connection.createStatement()) {
            for (String sql : schema().split(";")) {
                if (!sql.isBlank()) {
                    statement.execute(sql);
                }
            }
            statement.execute("INSERT INTO customers VALUES ('+4930555010', 'C-1001', 'Ida Lang', 'platinum', 'de', "
                    + "'marketplace-seller')");
            statement.execute("INSERT INTO customers (phone, tier) VALUES ('+4930555013', 'standard')");
            statement.execute("INSERT INTO orders VALUES ('100234', 'C-1001', 'shipped')");
        }
    }

    private static String schema() throws IOException {
        try (InputStream in = JdbcCallerDirectoryTest.class.getResourceAsStream(SCHEMA)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return text.replaceAll("--[^\n]*", "");
        }
    }

    @Test
    void shouldFindCustomersByPhoneAndAccount() throws Exception {
        JdbcCallerDirectory directory = JdbcCallerDirectory.forUrl(url, jdbcThreads, 2);
        Customer ida = new Customer("+4930555010", "C-1001", "Ida Lang", "platinum", "de", "marketplace-seller");

        assertEquals(Optional.of(ida), answer(directory.findByPhone("+4930555010")));
        assertEquals(Optional.of(ida), answer(directory.findByAccount("C-1001")));
        assertEquals(Optional.of(new Customer("+4930555013", "", "", "standard", "", "")),
                answer(directory.findByPhone("+4930555013")), "empty columns read as empty text");
        assertEquals(Optional.empty(), answer(directory.findByPhone("+4930555099")));
    }

    @Test
    void shouldFindOrdersByNumber() throws Exception {
        JdbcCallerDirectory directory = JdbcCallerDirectory.forUrl(url, jdbcThreads, 2);

        assertEquals(Optional.of(new Order("100234", "shipped")), answer(directory.findOrder("100234")));
        assertEquals(Optional.empty(), answer(directory.findOrder("100235")));
    }

    @Test
    void shouldTreatAKeyAsDataNotAsSql() throws Exception {
        JdbcCallerDirectory directory = JdbcCallerDirectory.forUrl(url, jdbcThreads, 2);

        assertEquals(Optional.empty(), answer(directory.findOrder("' OR '1'='1")));
    }

    @Test
    void shouldFailTheLookupWhenTheDatabaseIsDown() {
        JdbcCallerDirectory directory = new JdbcCallerDirectory(() -> {
            throw new SQLException("connection refused");
        }, jdbcThreads, 2);

        ExecutionException failure = assertThrows(ExecutionException.class,
                () -> answer(directory.findByPhone("+4930555010")));
        assertInstanceOf(SQLException.class, failure.getCause());
    }

    @Test
    void shouldRefuseAQueryTimeoutBelowOneSecond() {
        assertThrows(IllegalArgumentException.class, () -> JdbcCallerDirectory.forUrl(url, jdbcThreads, 0));
    }

    private static <T> T answer(CompletionStage<T> lookup) throws Exception {
        return lookup.toCompletableFuture().get(10, TimeUnit.SECONDS);
    }
}
