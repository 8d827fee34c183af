package org.acd.config;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;

/**
 * Fuzzed text as a whole configuration file: the loader returns a configuration or reports
 * problems with their lines, and throws nothing else. Seeds: {@code ConfigFileFuzzTestInputs}
 * (the retail example and the broken-config table's files).
 */
final class ConfigFileFuzzTest {

    @FuzzTest(maxDuration = "30s")
    void anyTextIsAConfigOrProblemsWithLines(byte[] file) {
        LoaderInvariant.assertConfigOrProblemsWithLines(new String(file, StandardCharsets.UTF_8));
    }
}
