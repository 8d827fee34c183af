package org.acd.server.whatif;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.acd.config.ConfigLoader;
import org.acd.config.yaml.Problems;
import org.acd.config.yaml.YamlNode;
import org.acd.config.yaml.YamlTreeReader;
import org.acd.core.model.RoutingConfig;
import org.acd.simulator.scenario.ScenarioLoader;

/**
 * Reads the routing (queues, tiers, agents) a journal was recorded with, or one to try, from either
 * kind of file that holds one: a server configuration ({@code acd serve --config}) or a simulation
 * scenario ({@code acd simulate}), told apart by the scenario's {@code call_types} key. Problems come
 * out as the file's own loader reports them: {@code InvalidConfigFileException} or
 * {@code InvalidScenarioException}, each with every problem, or an {@link UncheckedIOException}.
 * Stateless; main thread.
 */
final class RoutingFiles {

    private RoutingFiles() {
    }

    static RoutingConfig load(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + " (" + e.getClass().getSimpleName() + ")", e);
        }
        return isScenario(text) ? ScenarioLoader.parse(text, file.toString()).routing()
                : ConfigLoader.load(file).routing();
    }

    private static boolean isScenario(String text) {
        YamlNode root = YamlTreeReader.read(text, new Problems());
        return root instanceof YamlNode.Mapping mapping && mapping.entries().containsKey("call_types");
    }
}
