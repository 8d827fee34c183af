package org.acd.server.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.acd.config.ConfigLoader;
import org.acd.config.model.AcdConfig;

/**
 * The demo's contact center: config/examples/retail.yaml with its caller directory
 * (customers.csv), read as {@code acd serve --config} reads a file, so that the directory's tiers
 * reach the server. Both files come from the class path, so the demo runs from any working
 * directory; they are copied to a temporary directory for the loader and deleted after. The demo's
 * shop is open whenever the demo runs: without its business hours the IVR's calendar is always
 * open, so a newcomer trying it at night sees the queues, not the closed message.
 */
final class DemoConfiguration {

    private static final String EXAMPLES = ConfigLoader.RETAIL_EXAMPLE.substring(0,
            ConfigLoader.RETAIL_EXAMPLE.lastIndexOf('/') + 1);
    private static final String CONFIG_FILE = "retail.yaml";
    private static final String DIRECTORY_FILE = "customers.csv";

    private DemoConfiguration() {
    }

    static AcdConfig retail() {
        try {
            Path directory = Files.createTempDirectory("acd-demo-config-");
            try {
                copy(CONFIG_FILE, directory);
                copy(DIRECTORY_FILE, directory);
                return openAroundTheClock(ConfigLoader.load(directory.resolve(CONFIG_FILE)));
            } finally {
                Files.deleteIfExists(directory.resolve(CONFIG_FILE));
                Files.deleteIfExists(directory.resolve(DIRECTORY_FILE));
                Files.delete(directory);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy the retail example for the demo", e);
        }
    }

    private static AcdConfig openAroundTheClock(AcdConfig config) {
        return new AcdConfig(config.server(), config.asterisk(), config.routing(), config.serviceLevels(),
                config.callerDirectory(), Optional.empty(), config.kpi(), config.inbound(), config.ivr());
    }

    private static void copy(String file, Path directory) throws IOException {
        try (InputStream in = DemoConfiguration.class.getResourceAsStream(EXAMPLES + file)) {
            if (in == null) {
                throw new IllegalStateException(EXAMPLES + file + " is missing from the class path");
            }
            Files.copy(in, directory.resolve(file));
        }
    }
}
