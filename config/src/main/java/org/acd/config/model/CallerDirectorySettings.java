package org.acd.config.model;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The caller directory: a CSV file (resolved against the configuration file's directory) or a JDBC
 * database, the tier of callers it does not know, and how long a lookup may take before the caller
 * goes on as unknown. {@code callers} is what the CSV held when the file was checked.
 */
public record CallerDirectorySettings(Optional<Path> csv, Optional<String> jdbcUrl, String defaultTier,
                                      long lookupTimeoutMs, List<DirectoryEntry> callers) {

    public CallerDirectorySettings {
        callers = List.copyOf(callers);
    }
}
