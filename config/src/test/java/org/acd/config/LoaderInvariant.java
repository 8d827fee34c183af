package org.acd.config;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.regex.Pattern;

/** What the fuzz targets hold the loader to: any text gives a configuration or problems that each say where. */
final class LoaderInvariant {

    private static final Pattern SAYS_WHERE = Pattern.compile("(?s).+ \\(line [1-9][0-9]*\\)");

    private LoaderInvariant() {
    }

    static void assertConfigOrProblemsWithLines(String yaml) {
        try {
            ConfigLoader.parse(yaml, "fuzzed.yaml", Optional.empty());
        } catch (InvalidConfigFileException invalid) {
            assertFalse(invalid.problems().isEmpty(), "an invalid file names at least one problem");
            for (String problem : invalid.problems()) {
                assertTrue(SAYS_WHERE.matcher(problem).matches(), "a problem without its line: " + problem);
            }
        }
    }
}
