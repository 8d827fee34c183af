package org.acd.ivr.directory;

import java.util.concurrent.Executor;
import org.acd.config.model.CallerDirectorySettings;

/** Makes the caller directory a configuration's {@code caller_directory} describes. Stateless. */
public final class CallerDirectories {

    private CallerDirectories() {
    }

    /**
     * The CSV directory when {@code csv} is given (its entries as the loader read them), else the JDBC
     * directory of {@code jdbc_url}, whose lookups run on {@code jdbcExecutor} with a query timeout of
     * the lookup timeout, rounded up to whole seconds.
     */
    public static CallerDirectory of(CallerDirectorySettings settings, Executor jdbcExecutor) {
        if (settings.csv().isPresent()) {
            return new CsvCallerDirectory(settings.callers());
        }
        String url = settings.jdbcUrl().orElseThrow(() -> new IllegalArgumentException(
                "caller_directory has neither csv nor jdbc_url"));
        int queryTimeoutSeconds = (int) Math.max(1, (settings.lookupTimeoutMs() + 999) / 1_000);
        return JdbcCallerDirectory.forUrl(url, jdbcExecutor, queryTimeoutSeconds);
    }
}
