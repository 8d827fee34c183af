-- The tables JdbcCallerDirectory reads (caller_directory.jdbc_url). Any database with a JDBC driver;
-- the names and columns are the contract, the types may be the database's own.
CREATE TABLE customers (
    phone    VARCHAR(32)  NOT NULL PRIMARY KEY,  -- as the caller ID arrives, e.g. +4930555010
    account  VARCHAR(32),
    name     VARCHAR(128),
    tier     VARCHAR(32)  NOT NULL,              -- a tier of the configuration; others count as the default tier
    language VARCHAR(16),
    segment  VARCHAR(64)
);
CREATE INDEX customers_account ON customers (account);

CREATE TABLE orders (
    order_number VARCHAR(32) NOT NULL PRIMARY KEY,
    account      VARCHAR(32),
    status       VARCHAR(32) NOT NULL             -- names the prompt order-status-<status>
);
