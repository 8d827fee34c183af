package org.acd.server.config;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import org.acd.config.ConfigLoader;
import org.acd.config.InvalidConfigFileException;
import org.acd.config.model.AcdConfig;

/**
 * Loads a configuration file for a command, printing every problem (the file, the count, then one
 * problem a line with its path and line) when it cannot be used. Called on the main thread.
 */
public final class ConfigReport {

    private ConfigReport() {
    }

    /** The configuration, or empty after printing why not to {@code err}. */
    public static Optional<AcdConfig> load(Path file, PrintWriter err) {
        try {
            return Optional.of(ConfigLoader.load(file));
        } catch (InvalidConfigFileException e) {
            err.println(e.getMessage());
            err.flush();
            return Optional.empty();
        }
    }
}
