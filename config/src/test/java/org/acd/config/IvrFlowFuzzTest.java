package org.acd.config;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Fuzzed text as the {@code ivr} section of the retail example, so that the fuzzer spends its time
 * in the flow readers and the graph check rather than on the rest of the file: a configuration or
 * problems with their lines, nothing else. Seeds: {@code IvrFlowFuzzTestInputs} (the example's
 * flows and the broken flow files').
 */
final class IvrFlowFuzzTest {

    private static final String BEFORE_IVR = retailExampleBeforeIvr();

    @FuzzTest(maxDuration = "30s")
    void anyFlowsAreAConfigOrProblemsWithLines(byte[] ivrSection) {
        LoaderInvariant.assertConfigOrProblemsWithLines(BEFORE_IVR + "ivr:\n"
                + new String(ivrSection, StandardCharsets.UTF_8));
    }

    private static String retailExampleBeforeIvr() {
        try (InputStream in = IvrFlowFuzzTest.class.getResourceAsStream(ConfigLoader.RETAIL_EXAMPLE)) {
            String retail = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return retail.substring(0, retail.indexOf("\nivr:\n") + 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
