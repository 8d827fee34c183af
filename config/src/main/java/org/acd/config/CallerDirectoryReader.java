package org.acd.config;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.acd.config.model.CallerDirectorySettings;
import org.acd.config.model.DirectoryEntry;
import org.acd.config.yaml.Fields;

/**
 * Reads {@code caller_directory}: {@code csv} (relative to the configuration file) or {@code jdbc_url},
 * {@code default_tier} (the first tier when absent) and {@code lookup_timeout}. A CSV is read and
 * checked now, when the file's directory is known. Stateless.
 */
final class CallerDirectoryReader {

    private static final Set<String> KEYS = Set.of("csv", "jdbc_url", "default_tier", "lookup_timeout");
    private static final long DEFAULT_LOOKUP_TIMEOUT_MS = 2_000;

    private CallerDirectoryReader() {
    }

    static Optional<CallerDirectorySettings> read(Fields top, KnownNames tiers, String firstTier,
                                                  Optional<Path> baseDirectory) {
        Fields directory = top.section("caller_directory", false, KEYS);
        if (directory == null) {
            return Optional.empty();
        }
        String csv = directory.nonBlankText("csv", false);
        String jdbcUrl = directory.nonBlankText("jdbc_url", false);
        if (!directory.has("csv") && !directory.has("jdbc_url")) {
            top.problem("caller_directory", "give csv (a file) or jdbc_url");
        }
        if (jdbcUrl != null && !jdbcUrl.startsWith("jdbc:")) {
            directory.problem("jdbc_url", "'" + jdbcUrl + "' is not a JDBC URL (jdbc:...)");
        }
        String defaultTier = directory.nonBlankText("default_tier", false);
        tiers.check(directory, "default_tier", defaultTier);
        long timeoutMs = directory.positiveDurationMs("lookup_timeout", false, DEFAULT_LOOKUP_TIMEOUT_MS);
        Optional<Path> csvPath = Optional.ofNullable(csv).map(file -> baseDirectory.map(dir -> dir.resolve(file))
                .orElse(Path.of(file)));
        List<DirectoryEntry> callers = csvPath.filter(file -> baseDirectory.isPresent())
                .map(file -> CallerDirectoryCsv.read(file, directory.path("csv"), directory.line("csv"), tiers,
                        top.problems()))
                .orElse(List.of());
        return Optional.of(new CallerDirectorySettings(csvPath, Optional.ofNullable(jdbcUrl),
                defaultTier == null ? firstTier : defaultTier, timeoutMs, callers));
    }
}
