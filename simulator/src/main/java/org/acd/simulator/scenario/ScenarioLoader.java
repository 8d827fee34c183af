package org.acd.simulator.scenario;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.acd.config.yaml.Problems;
import org.acd.config.yaml.YamlNode;
import org.acd.config.yaml.YamlTreeReader;

/**
 * Loads a scenario file (the YAML schema of the README's "Simulating a shift"). Every problem in the
 * file is reported at once, each with its path and line, as an {@link InvalidScenarioException}.
 * Stateless; any thread.
 */
public final class ScenarioLoader {

    private ScenarioLoader() {
    }

    public static Scenario load(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read scenario " + file + ": " + e.getMessage(), e);
        }
        return parse(text, file.toString());
    }

    /** Reads scenario text; {@code source} names it in the error message. */
    public static Scenario parse(String yaml, String source) {
        Problems problems = new Problems();
        YamlNode root = YamlTreeReader.read(yaml, problems);
        Scenario scenario = root == null ? null : new ScenarioReader(problems).read(root);
        if (scenario == null) {
            throw new InvalidScenarioException(source, problems.messages());
        }
        return scenario;
    }
}
